# __call__ makes instances callable; __getattr__ handles missing attributes; __setattr__ intercepts stores.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more):
        return x + self.n + sum(more)

add5 = Adder(5)
print(add5(10), add5(1, 2, 3), callable(add5), callable(Adder), callable(5))
print(list(map(Adder(100), [1, 2, 3])))

class Record:
    def __init__(self, **fields):
        self._fields = fields
    def __getattr__(self, name):
        # only called when normal lookup fails
        if name in self._fields:
            return self._fields[name]
        raise AttributeError(f"Record has no field {name!r}")

r = Record(name="widget", price=9.5)
print(r.name, r.price, getattr(r, "price"), hasattr(r, "colour"))
try:
    r.colour
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(r, "colour", "default colour"))

class Strict:
    __allowed = ("x", "y")
    def __setattr__(self, name, value):
        if name not in self.__allowed:
            raise AttributeError(f"cannot set {name}")
        print(f"setting {name} = {value}")
        super().__setattr__(name, value)

s = Strict()
s.x = 1
s.y = 2
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(s.x + s.y, s.__dict__)

class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = []
    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def logged(*args):
                self.calls.append(name)
                return attr(*args)
            return logged
        return attr

lst = Proxy([3, 1, 2])
lst.append(0)
lst.sort()
print(lst._target, lst.calls, lst.count(1))

class Temperature:
    def __getattribute__(self, name):
        if name == "fahrenheit":
            return object.__getattribute__(self, "celsius") * 9 / 5 + 32
        return object.__getattribute__(self, name)
t = Temperature()
t.celsius = 100
print(t.fahrenheit, t.celsius)
