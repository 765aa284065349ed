# Layered configuration with collections.ChainMap.
from collections import ChainMap

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}

config = ChainMap(cli, env, defaults)
print(config["color"], config["user"], config["debug"])
print(config.get("missing"), config.get("missing", 0), "color" in config, len(config))
print(list(config), dict(config))
print(sorted(config.items()), list(config.values()))
print(config)
print(config.maps[1] is env, config.parents)

# Writes go to the first mapping.
config["color"] = "blue"
print(cli, defaults["color"])
del config["color"]
print(cli)
try:
    del config["user"]
except KeyError as exc:
    print("KeyError", exc)
try:
    config["nothing"]
except KeyError as exc:
    print("KeyError", exc)

# Scopes with new_child.
globals_ = ChainMap({"x": 1})
local = globals_.new_child({"y": 2})
inner = local.new_child(x=10)
print(inner["x"], inner["y"], local["x"], inner.parents["x"])
print(inner, len(inner.maps))
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {"a": 1})))

c = ChainMap({"a": 1}, {"b": 2})
print(c.pop("a"), c.pop("zz", "default"), c)
try:
    c.popitem()
except KeyError as exc:
    print("KeyError", exc)
c.update(k=1)
print(c.setdefault("b", 5), c.setdefault("n", 0), c)
print(c | {"z": 9}, {"z": 9} | c)
d = c.copy()
d["copy"] = True
print(c == d, c == dict(c), "copy" in c)
print(ChainMap.fromkeys("ab", 0))
c.clear()
print(c)

class DeepChainMap(ChainMap):
    def __setitem__(self, key, value):
        for mapping in self.maps:
            if key in mapping:
                mapping[key] = value
                return
        self.maps[0][key] = value

layers = DeepChainMap({"zebra": "black"}, {"elephant": "blue"}, {"lion": "yellow"})
layers["lion"] = "orange"
layers["snake"] = "red"
print(layers)
