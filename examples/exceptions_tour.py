# exceptions_tour.py -- raising, catching, chaining and cleaning up.
#
# Shows: try/except/else/finally, exception hierarchies, `raise ... from`,
# implicit chaining (__context__), finally overriding control flow,
# ExceptionGroup with except*, and exception notes.


class ConfigError(Exception):
    """Raised when a configuration value is unusable."""


def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        # `from e` records the original error as the cause
        raise ConfigError(f"port must be a number, got {text!r}") from e
    if not 0 < port < 65536:
        raise ConfigError(f"port {port} out of range")
    return port


for text in ["8080", "http", "70000"]:
    try:
        port = parse_port(text)
    except ConfigError as e:
        cause = type(e.__cause__).__name__ if e.__cause__ else "no cause"
        print(f"{text!r}: {e} ({cause})")
    else:
        print(f"{text!r}: using port {port}")   # runs only when nothing was raised
    finally:
        print("   checked", text)               # runs no matter what


def cleanup_order():
    steps = []
    try:
        steps.append("open")
        try:
            steps.append("work")
            raise KeyError("missing")
        finally:
            steps.append("inner finally")
    except KeyError as e:
        steps.append(f"handled {e}")
    finally:
        steps.append("outer finally")
    return steps


print(cleanup_order())


def finally_wins():
    try:
        return "from try"
    finally:
        return "from finally"   # a return in finally replaces the earlier one


print(finally_wins())

# An error while handling another error keeps the first one as __context__.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [].pop()
except IndexError as e:
    print(f"{e!r} happened while handling {e.__context__!r}")

# Several independent failures can travel together in an ExceptionGroup.
errors = []
for value in ["1", "x", "3", None]:
    try:
        int(value)
    except (ValueError, TypeError) as e:
        e.add_note(f"while converting {value!r}")
        errors.append(e)
try:
    raise ExceptionGroup("conversion failed", errors)
except* ValueError as group:
    print("value errors:", [e.__notes__[0] for e in group.exceptions])
except* TypeError as group:
    print("type errors:", [e.__notes__[0] for e in group.exceptions])
