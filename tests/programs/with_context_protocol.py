# Context managers: __enter__ return values, exception info in __exit__, nesting and reuse.
class Timer:
    """A fake timer that counts 'ticks' given to it."""
    def __init__(self):
        self.ticks = 0
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        print("  " * (self.depth - 1) + f"start depth={self.depth}")
        return self
    def __exit__(self, exc_type, exc_value, traceback):
        print("  " * (self.depth - 1) + f"stop depth={self.depth} ticks={self.ticks} exc={exc_value!r}")
        self.depth -= 1

t = Timer()
with t:
    t.ticks += 1
    with t as same:
        print("same object:", same is t)
        same.ticks += 2
    try:
        with t:
            raise ValueError("inside")
    except ValueError:
        print("propagated out of with")

class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back because", exc)
            return True
        print("committed")

data = {"balance": 100}
with Transaction(data) as d:
    d["balance"] -= 30
print(data)
with Transaction(data) as d:
    d["balance"] -= 500
    if d["balance"] < 0:
        raise ValueError("overdraft")
print(data)

class ExitReceivesTraceback:
    def __enter__(self):
        return None
    def __exit__(self, *args):
        print(len(args), args[0].__name__, args[1].args, args[2] is not None)
        return True

with ExitReceivesTraceback() as nothing:
    print("enter returned", nothing)
    raise IndexError(1, 2)
print("done")
