# except* splits an ExceptionGroup by type; unmatched parts propagate.
def raise_group():
    raise ExceptionGroup("batch", [
        ValueError("v1"),
        TypeError("t1"),
        ValueError("v2"),
        KeyError("k1"),
    ])

try:
    raise_group()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions], type(eg).__name__)
except* (TypeError, KeyError) as eg:
    print("others:", [repr(e) for e in eg.exceptions], eg.message)

try:
    try:
        raise_group()
    except* TypeError as eg:
        print("handled", len(eg.exceptions), "TypeError")
except ExceptionGroup as rest:
    print("propagated:", rest.message, [repr(e) for e in rest.exceptions])

# A naked exception is wrapped in a group for except*
try:
    raise OSError("disk")
except* OSError as eg:
    print("wrapped:", type(eg).__name__, repr(eg.exceptions[0]))

# Nested groups keep their structure
try:
    raise ExceptionGroup("outer", [
        ValueError("a"),
        ExceptionGroup("inner", [ValueError("b"), IndexError("c")]),
    ])
except* ValueError as eg:
    print("nested values:", repr(eg))
except* IndexError as eg:
    print("nested index:", repr(eg))

try:
    raise ExceptionGroup("all handled", [ZeroDivisionError("z")])
except* ArithmeticError:
    print("arith handled")
else:
    print("not reached")
finally:
    print("finally after except*")
