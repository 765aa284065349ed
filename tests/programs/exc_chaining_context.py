# Exception context chaining through nested handlers, and exceptions as values.
def step(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        step(n - 1)
    except Exception as e:
        raise RuntimeError(f"level {n}") from e

try:
    step(3)
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(str(cur))
        cur = cur.__cause__
    print(" <- ".join(chain))

def handler_raises():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError:
            raise TypeError("third")

try:
    handler_raises()
except TypeError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))

errors = [ValueError("v"), KeyError("k"), ZeroDivisionError("z")]
for err in errors:
    try:
        raise err
    except (ValueError, KeyError) as e:
        print("tuple caught", type(e).__name__)
    except ArithmeticError as e:
        print("base class caught", type(e).__name__, isinstance(e, ZeroDivisionError))

e = ValueError("a", "b", 3)
print(e.args, str(e), repr(e))
print(str(KeyError("key")), str(KeyError("a", "b")), repr(KeyError()))
try:
    raise ValueError("with note")
except ValueError as exc:
    exc.add_note("a note")
    print(exc.__notes__)
print(e.with_traceback(None) is e)
