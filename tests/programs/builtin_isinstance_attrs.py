# isinstance/issubclass with tuples, getattr/setattr/hasattr/delattr, type(), vars, dir basics.
class Animal: pass
class Dog(Animal): pass
class Robot: pass

d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, Robot), isinstance(d, (Robot, Animal)))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, (Robot, object)), issubclass(bool, int))
print(isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)), isinstance(None, type(None)))
print(isinstance("s", str), isinstance([], (list, tuple)), isinstance({}, dict), isinstance(int, type))
print(isinstance(3, int | str), issubclass(str, int | str))

setattr(d, "name", "rex")
print(getattr(d, "name"), hasattr(d, "name"), hasattr(d, "age"))
print(getattr(d, "age", 0), getattr(Dog, "__name__"))
try:
    getattr(d, "age")
except AttributeError as e:
    print("AttributeError:", e)
delattr(d, "name")
print(hasattr(d, "name"))
for attr, value in [("x", 1), ("y", 2)]:
    setattr(d, attr, value)
print(vars(d), sorted(d.__dict__))
print(getattr("text", "upper")(), getattr([1, 2], "__len__")())
print(type(d) is Dog, type(d).__name__, type(type(d)).__name__, type(1) == int)
method = getattr(d, "nonexistent", None)
print(method is None)

Dynamic = type("Dynamic", (Animal,), {"sound": "beep", "speak": lambda self: self.sound * 2})
dyn = Dynamic()
print(Dynamic.__name__, dyn.speak(), isinstance(dyn, Animal), Dynamic.__bases__[0].__name__)
print("speak" in dir(dyn), "__init__" in dir(dyn), [n for n in dir(Dynamic) if not n.startswith("_")])
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    isinstance(d, "Dog")
except TypeError as e:
    print("TypeError:", e)
class Slotted:
    __slots__ = ("a",)
s = Slotted()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
