# Metaclasses: classes whose type is a subclass of `type`, registries,
# class-level operators, __prepare__, __init_subclass__ and __set_name__.

class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls

    def __iter__(cls):
        return iter(sorted(k for k in vars(cls) if not k.startswith("_")))

    def __len__(cls):
        return len(list(iter(cls)))

    def __getitem__(cls, key):
        return getattr(cls, key)

    def __contains__(cls, key):
        return key in list(iter(cls))

    def __repr__(cls):
        return f"<registered {cls.__name__}>"


class Plugin(metaclass=Registry):
    color = "red"
    size = 3


class Special(Plugin):
    shape = "round"


print(Registry.classes, type(Special).__name__, isinstance(Special, Registry))
print(list(Plugin), len(Plugin), Plugin["size"], "color" in Plugin, "shape" in Plugin)
print(Plugin, Special, repr(Special), str(Special))
print(issubclass(Registry, type), type(Registry) is type, bool(Plugin))


class Counted(type):
    def __call__(cls, *args, **kwargs):
        cls.instances = getattr(cls, "instances", 0) + 1
        return super().__call__(*args, **kwargs)


class Point(metaclass=Counted):
    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, 2)
q = Point(y=5, x=4)
print(Point.instances, p.x, q.y)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"preset": 42}

    def __new__(mcls, name, bases, ns, **kw):
        print("fields", [k for k in ns if not k.startswith("__")])
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get("tag", "none")


class Form(metaclass=Ordered, tag="t1"):
    b = 1
    a = 2


print(Form.preset, Form.tag, Form.a, Form.b)


class Field:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f"<unset {self.name}>")


class Base:
    subclasses = []
    title = Field()

    def __init_subclass__(cls, prefix="", **kw):
        super().__init_subclass__(**kw)
        Base.subclasses.append(prefix + cls.__name__)


class A(Base, prefix="x_"):
    pass


class B(A):
    pass


print(Base.subclasses, A().title, Base.title.name)

try:
    class M1(type):
        pass

    class M2(type):
        pass

    class X(metaclass=M1):
        pass

    class Y(metaclass=M2):
        pass

    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)

Dynamic = Registry("Dynamic", (Plugin,), {"extra": True})
print(Dynamic, list(Dynamic), Registry.classes[-1])
print(type("Plain", (), {"v": 1}).v, type(3), type(Plugin))
