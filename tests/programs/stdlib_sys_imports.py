# Optional dependencies: the try/except ImportError pattern scripts use,
# and what the import system reports (e.name) for modules that are missing.
import sys

try:
    import numpy as np
    HAVE_NUMPY = True
except ImportError as e:
    HAVE_NUMPY = False
    print("fallback:", e, "| name:", e.name, "| path:", e.path, type(e).__name__)

try:
    import ujson as json
except ModuleNotFoundError:
    import json
print("json module:", json.__name__, json.dumps({"numpy": HAVE_NUMPY}))

for name in ["collections.nope", "json.nope", "asyncio.nope", "os.nope", "not_a_module.sub"]:
    try:
        exec(f"import {name}")
    except ModuleNotFoundError as e:
        print(f"{name:18} -> {e} (name={e.name!r})")

try:
    from collections import OrderedDict, NoSuchThing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], "| name:", e.name)

for mod in ["sys", "json", "numpy", "ujson"]:
    print(mod, mod in sys.modules)
import heapq
print("heapq" in sys.modules, "_heapq" in sys.modules, sys.modules["heapq"] is heapq)
