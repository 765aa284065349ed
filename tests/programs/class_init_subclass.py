# Class keywords passed to __init_subclass__, class A(B, **kw), and class-level registries.
class Plugin:
    plugins = []
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.plugins.append(cls)

class Alpha(Plugin, name="alpha-plugin", priority=2):
    pass

class Beta(Plugin):
    pass

options = {"name": "gamma", "priority": 5}
class Gamma(Plugin, **options):
    pass

bases = (Plugin,)
class Delta(*bases, priority=1):
    pass

for p in sorted(Plugin.plugins, key=lambda c: -c.priority):
    print(p.__name__, p.plugin_name, p.priority)

class Base:
    def __init_subclass__(cls, **kwargs):
        print("init_subclass", cls.__name__, sorted(kwargs))
        super().__init_subclass__()

class Child(Base, color="red", size=3):
    pass

try:
    class Bad(object, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)

class Validated:
    required = ()
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        missing = [m for m in cls.required if not hasattr(cls, m)]
        if missing:
            raise TypeError(f"{cls.__name__} lacks {missing}")

class Good(Validated):
    required = ("run",)
    def run(self):
        return "running"

try:
    class Broken(Validated):
        required = ("run", "stop")
except TypeError as e:
    print("TypeError:", e)
print(Good().run())
