# Class decorators: registering classes, adding methods, wrapping construction.
registry = {}

def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    get.wrapped = cls
    return get

def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco

@register
@add_repr
@with_tag("shape")
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

@register
@add_repr
class Line:
    def __init__(self, a, b):
        self.a, self.b = a, b

print(Point(1, 2), Point.tag)
print(Line(Point(0, 0), Point(3, 4)))
print(sorted(registry), registry["point"] is Point)

@singleton
class Settings:
    def __init__(self, mode="default"):
        self.mode = mode

s1 = Settings("fast")
s2 = Settings("slow")
print(s1 is s2, s1.mode, Settings.wrapped.__name__)

def count_instances(cls):
    original_init = cls.__init__
    cls.created = 0
    def __init__(self, *args, **kwargs):
        cls.created += 1
        original_init(self, *args, **kwargs)
    cls.__init__ = __init__
    return cls

@count_instances
class Widget:
    def __init__(self, name):
        self.name = name

ws = [Widget(n) for n in "abc"]
print(Widget.created, [w.name for w in ws])
