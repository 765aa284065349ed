# An uncaught exception group prints CPython's boxed layout: each
# sub-exception in its own box with its traceback, causes and contexts;
# nested groups indent one level more; a frame that recurses collapses.
def fail(n):
    raise ValueError(f"bad {n}")


def recurse(n):
    if n == 0:
        raise RecursionError("bottom")
    recurse(n - 1)


def collect():
    errors = []
    for i in range(2):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    try:
        recurse(6)
    except RecursionError as e:
        errors.append(e)
    return errors


def inner():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ExceptionGroup("inner", [TypeError("t"), e]) from RuntimeError("root")


def main():
    errors = collect()
    try:
        inner()
    except ExceptionGroup as g:
        errors.append(g)
    try:
        int("nope")
    except ValueError:
        err = OSError("while handling")
        err.add_note("a note")
        err.add_note("two\nlines")
        try:
            raise err
        except OSError as e:
            errors.append(e)
    errors.append(BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")]))
    print("raising", len(errors))
    raise BaseExceptionGroup("outer", errors)


main()
