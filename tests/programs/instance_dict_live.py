# obj.__dict__ and vars(obj) are the object's attributes, not a copy: writes
# through them are seen as attributes and the other way round.
class P:
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.z = 0

p = P(x=1, y=2)
print(p.x, p.y, p.z, p.__dict__, vars(p) is p.__dict__)
vars(p)["w"] = 5
print(p.w, hasattr(p, "w"))
del p.__dict__["x"]
print(hasattr(p, "x"), p.__dict__)
p.__dict__[1] = "int key"
print(p.__dict__)
del p.__dict__[1]
print(sorted(k for k in dir(p) if not k.startswith("_")))
p.__dict__ = {"a": 10}
print(p.a, hasattr(p, "y"), p.__dict__)
try:
    p.__dict__ = [1]
except TypeError as e:
    print(e)
d = p.__dict__
p.b = 3
print(d, type(d).__name__, isinstance(d, dict))
del p.b
print(d)
p.__dict__.clear()
print(vars(p))
import copy
q = copy.copy(P(x=7))
print(q.x, q.__dict__)
class S:
    __slots__ = ("a",)
try:
    S().__dict__
except AttributeError as e:
    print(e)
