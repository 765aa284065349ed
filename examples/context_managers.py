# context_managers.py -- the `with` statement and objects that support it.
#
# Shows: __enter__/__exit__, what __exit__ receives when an exception
# escapes the block, suppressing exceptions by returning True, several
# managers in one `with`, and parenthesised multi-line `with` items.


class Indented:
    """Prints its contents indented; nesting increases the indentation."""
    level = 0

    def __init__(self, title):
        self.title = title

    def __enter__(self):
        print("  " * Indented.level + f"<{self.title}>")
        Indented.level += 1
        return self                        # bound to the name after `as`

    def say(self, text):
        print("  " * Indented.level + text)

    def __exit__(self, exc_type, exc_value, traceback):
        Indented.level -= 1
        status = f" (leaving because of {exc_type.__name__}: {exc_value})" if exc_type else ""
        print("  " * Indented.level + f"</{self.title}>{status}")
        return False                       # do not swallow exceptions


class Ignore:
    """Swallows the listed exception types, like contextlib.suppress."""

    def __init__(self, *types):
        self.types = types
        self.ignored = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.ignored = exc_value
            return True                    # the exception stops here
        return False


with Indented("html") as html:
    with Indented("body") as body:
        body.say("hello")
    html.say("bye")

try:
    with Indented("outer"), Indented("inner") as inner:
        inner.say("about to fail")
        raise ValueError("bad data")
except ValueError:
    print("the error still reached the caller")

with Ignore(KeyError, IndexError) as guard:
    {}["missing"]
    print("not printed: the block stops at the exception")
print("ignored:", repr(guard.ignored))

with (
    Indented("first") as a,
    Ignore(ZeroDivisionError) as z,
):
    a.say("1 / 0 inside a suppressing manager")
    1 / 0
print("suppressed:", repr(z.ignored))
