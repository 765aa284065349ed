# contextlib: writing and combining context managers.
from contextlib import ExitStack, contextmanager, suppress


# A generator becomes a context manager: code before `yield` runs on
# entry, code after it (in `finally`) on exit, even after an error.
@contextmanager
def section(title):
    print(f"-- begin {title}")
    try:
        yield title.upper()
    finally:
        print(f"-- end {title}")


with section("setup") as name:
    print("inside", name)

# suppress swallows the listed exceptions.
with suppress(KeyError):
    {}["missing"]
print("KeyError suppressed")

# ExitStack enters a variable number of managers and exits them in reverse.
with ExitStack() as stack:
    for title in ["a", "b"]:
        stack.enter_context(section(title))
    print("both entered")
