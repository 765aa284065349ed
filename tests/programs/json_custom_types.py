# Serializing custom types: default=, JSONEncoder subclasses, object hooks.
import json


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Color:
    def __init__(self, name, rgb):
        self.name = name
        self.rgb = rgb


def to_json(obj):
    if isinstance(obj, Point):
        return {"__point__": True, "x": obj.x, "y": obj.y}
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"cannot serialize {type(obj).__name__}")


shapes = {"origin": Point(0, 0), "path": [Point(1, 2), Point(3, 4)], "tags": {"b", "a"}}
text = json.dumps(shapes, default=to_json)
print(text)


def from_json(d):
    if d.get("__point__"):
        return Point(d["x"], d["y"])
    return d


print(json.loads(text, object_hook=from_json))

try:
    json.dumps({"c": Color("red", (255, 0, 0))}, default=to_json)
except TypeError as e:
    print("TypeError:", e)


class AppEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Color):
            return {"color": o.name, "rgb": list(o.rgb)}
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps([Color("teal", (0, 128, 128)), 1 + 2j], cls=AppEncoder))
print(json.dumps({"c": Color("red", (255, 0, 0))}, cls=AppEncoder, indent=2))
print(AppEncoder(sort_keys=True).encode({"z": 1, "a": Color("x", (1, 2, 3))}))
try:
    json.dumps(object(), cls=AppEncoder)
except TypeError as e:
    print("TypeError:", e)

# default=vars serializes plain objects by their attributes.
print(json.dumps(Point(5, 6), default=vars))

# Built-in errors.
for value in ({1, 2}, b"bytes", {(1, 2): "tuple key"}, [print]):
    try:
        json.dumps(value)
    except TypeError as e:
        print("TypeError:", e)

print(json.dumps({(1, 2): "skipped", "kept": 1}, skipkeys=True))

loop = {"name": "loop"}
loop["self"] = loop
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
items = [1]
items.append(items)
try:
    json.dumps(items, indent=2)
except ValueError as e:
    print("ValueError:", e)

try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)

# Subclasses of dict, list, str and int encode as their base types.
class Registry(dict):
    pass

class Stack(list):
    pass

class Tag(str):
    pass

class Level(int):
    def __repr__(self):
        return "Level!"

print(json.dumps(Registry(a=Stack([1, 2]), b=Tag("x"), c=Level(3))))

# Hooks of the decoder.
pairs = json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p)
print(pairs)
print(json.loads('{"price": 1.10, "qty": 3}', parse_float=lambda s: "float:" + s, parse_int=lambda s: int(s) * 100))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda name: name.upper()))
print(json.loads('{"a": {"b": {"c": 1}}}', object_hook=lambda d: sorted(d)))


class CountingDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
        self.objects = 0

    def hook(self, d):
        self.objects += 1
        return d


print(json.loads('[{"a": {}}, {"b": 2}]', cls=CountingDecoder))
dec = CountingDecoder()
print(dec.decode('{"x": {"y": {}}}'), dec.objects)
