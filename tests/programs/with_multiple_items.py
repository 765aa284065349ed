# with statements: several items, parenthesised items, exceptions and suppression.
class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def __enter__(self):
        self.log.append(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"exit {self.name} {exc_type.__name__ if exc_type else None}")
        return False

log = []
with Resource("a", log) as a, Resource("b", log) as b:
    log.append(f"body {a}{b}")
print(log)

log = []
with (
    Resource("x", log) as x,
    Resource("y", log),
    Resource("z", log) as z,
):
    log.append(f"body {x} {z}")
print(log)

log = []
with (Resource("p", log) as p, Resource("q", log) as q):
    log.append(p + q)
print(log)

log = []
with (Resource("solo", log)):
    pass
print(log)

log = []
try:
    with Resource("outer", log), Resource("inner", log):
        raise KeyError("boom")
except KeyError as e:
    log.append(f"caught {e}")
print(log)

class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            return True
        return False

with Suppress(ZeroDivisionError) as s:
    print("before")
    1 / 0
    print("not reached")
print("suppressed:", repr(s.caught))

def early_return():
    log = []
    with Resource("r", log):
        return log
print(early_return())
