# Class bodies are their own scope; methods don't see class-level names directly.
x = "global"

class Config:
    x = "class"
    doubled = x * 2
    names = [n.upper() for n in ["a", "b"]]
    # a comprehension's inner scope skips the class scope, except for the first iterable
    from_global = [x for _ in range(1)]
    def method(self):
        return x
    def via_class(self):
        return Config.x, self.x

print(Config.doubled, Config.names, Config.from_global)
print(Config().method(), Config().via_class())

def factory(tag):
    class Tagged:
        label = tag
        def describe(self):
            return f"{type(self).__name__} with {tag}"
    return Tagged

A = factory("alpha")
B = factory("beta")
print(A.label, B.label, A().describe(), B().describe())

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

objs = [Counter() for _ in range(3)]
print([o.id for o in objs], Counter.count)

class Shadow:
    value = 1
    def get(self):
        value = 2
        return value, self.value
print(Shadow().get())
instance = Shadow()
instance.value = 3
print(instance.value, Shadow.value, instance.get())
