# Choosing implementations by name at run time: importlib.import_module and
# __import__, as plugin loaders and "pick a serializer" code use them.
import importlib
import sys

SERIALIZERS = {"json": "json", "fast-json": "turbojson_weft_missing", "text": "string"}


def load(kind):
    module_name = SERIALIZERS[kind]
    try:
        return importlib.import_module(module_name)
    except ModuleNotFoundError as e:
        print(f"  {kind}: {e} -> falling back to json")
        return importlib.import_module("json")


for kind in SERIALIZERS:
    mod = load(kind)
    print(kind, "->", mod.__name__, mod is sys.modules[mod.__name__])

abc = importlib.import_module(".abc", package="collections")
print(abc.__name__, abc.Mapping, isinstance({}, abc.Mapping))
print(importlib.import_module("collections.abc") is abc, importlib.import_module("os.path").__name__)
top = __import__("collections.abc")
print(top.__name__, __import__("collections.abc", fromlist=["Mapping"]).__name__)
ops = {name: getattr(importlib.import_module("operator"), name) for name in ["add", "mul", "sub"]}
print({name: f(6, 3) for name, f in ops.items()})
for bad in [lambda: importlib.import_module(".abc"), lambda: importlib.import_module("..x", "pkg"),
            lambda: __import__(""), lambda: __import__(42), lambda: importlib.import_module("no_such_mod")]:
    try:
        bad()
    except (TypeError, ValueError, ImportError) as e:
        print(f"{type(e).__name__}: {e}")
