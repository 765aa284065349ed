# A timing context manager and a class-based manager that can suppress errors.
import time
from contextlib import contextmanager, ContextDecorator, ExitStack


@contextmanager
def timer(label, log):
    start = time.monotonic()
    try:
        yield
    finally:
        log.append((label, round(time.monotonic() - start, 3)))


log = []
with timer("sleep-a", log):
    time.sleep(0.5)
with timer("outer", log):
    with timer("inner", log):
        time.sleep(0.25)
    time.sleep(0.125)
try:
    with timer("failing", log):
        time.sleep(0.1)
        raise RuntimeError("boom")
except RuntimeError as e:
    print("error:", e)
print(log)


class Ignore:
    def __init__(self, *types):
        self.types = types
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught.append(repr(exc))
            return True
        return False


ig = Ignore(ValueError, IndexError)
for value in ["1", "x", "3"]:
    with ig:
        print("parsed", int(value))
with ig:
    [][0]
print(ig.caught)


class audited(ContextDecorator):
    def __enter__(self):
        print("audit start")
        return self

    def __exit__(self, *exc):
        print("audit end", exc[0].__name__ if exc[0] else None)
        return False


@audited()
def transfer(amount):
    print("transfer", amount)
    return amount * 2


print(transfer(50))


def cleanup(name):
    print("cleanup", name)


with ExitStack() as stack:
    for name in ["a", "b", "c"]:
        stack.callback(cleanup, name)
    print("work done")
