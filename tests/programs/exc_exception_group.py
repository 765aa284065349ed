# ExceptionGroup objects: subgroup, split, derive, and catching with plain except.
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(eg.message, len(eg.exceptions))
print(str(eg))
print(repr(eg))

vals = eg.subgroup(ValueError)
print("subgroup:", repr(vals))
match_, rest = eg.split(TypeError)
print("split match:", repr(match_))
print("split rest:", repr(rest))
print(eg.subgroup(KeyError))
print(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1))

print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))

try:
    raise eg
except ExceptionGroup as caught:
    print("plain except got", caught.message)

try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError:", e)

def collect_errors(funcs):
    errors = []
    for f in funcs:
        try:
            f()
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("collected", errors)

try:
    collect_errors([lambda: 1 / 0, lambda: None, lambda: int("x"), lambda: [][1]])
except* ZeroDivisionError as g:
    print("zero:", [str(e) for e in g.exceptions])
except* ValueError as g:
    print("value:", [str(e) for e in g.exceptions])
except* IndexError as g:
    print("index:", [str(e) for e in g.exceptions])
