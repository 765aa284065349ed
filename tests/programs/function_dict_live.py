# A function's __dict__ is live too, holds only what was set on it
# (__module__ and __annotations__ are slots), and functools.wraps copies it.
import functools
def f(): pass
f.tag = 1
f.__dict__["color"] = "red"
print(f.color, f.__dict__, vars(f) is f.__dict__)
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        return fn(*a)
    return wrapper
g = deco(f)
print(g.tag, g.color, sorted(g.__dict__))
f.__dict__ = {"only": True}
print(f.only, hasattr(f, "tag"))
