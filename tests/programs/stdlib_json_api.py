# Serialising API payloads with json: dumps options, loads, custom encoders, errors.
import json
from dataclasses import dataclass, asdict

payload = {
    "id": 1042, "name": "Widget \u00e9\u2713", "price": 19.99, "tags": ["new", "sale"],
    "stock": {"warehouse": 12, "store": 0}, "active": True, "discount": None,
    "ratio": 1e-7, "big": 10**20, "neg": -0.0, "nested": [[1, 2], [], {}],
}
print(json.dumps(payload))
print(json.dumps(payload, indent=2, sort_keys=True))
print(json.dumps(payload, separators=(",", ":"), ensure_ascii=False))
print(json.dumps(payload["tags"], indent="\t"))
print(json.dumps({"b": 1, "a": [1, {"z": None}]}, indent=4))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool", None: "none"}))
print(json.dumps("quote \" backslash \\ newline \n tab \t ctrl \x01"))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Point:
    x: int
    y: int


def encode(obj):
    if isinstance(obj, Point):
        return asdict(obj)
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


print(json.dumps({"pts": [Point(1, 2), Point(3, 4)], "ids": {3, 1, 2}}, default=encode))
try:
    json.dumps({"when": object})
except TypeError as e:
    print("TypeError:", e)


class Encoder(json.JSONEncoder):
    def default(self, obj):
        if isinstance(obj, complex):
            return [obj.real, obj.imag]
        return super().default(obj)


print(json.dumps({"z": 1 + 2j}, cls=Encoder))
text = '{"users": [{"name": "ann", "age": 31, "admin": false}, {"name": "bob", "age": null}], "v": 1.50, "e": 2E3}'
data = json.loads(text)
print(data, type(data["v"]).__name__, data["e"])
for user in data["users"]:
    print(user["name"], user.get("age"), user.get("admin", "n/a"))
print(json.loads("[1, 2.0, \"3\", true, null]"), json.loads('"\\u00e9\\ud83d\\ude00"'))
print(json.loads('{"a": 1, "a": 2}'), json.loads(" 42 "), json.loads("-1.5e-3"))
print(json.loads('{"price": 1.10}', parse_float=str), json.loads("[1,2]", parse_int=float))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[["k", 1]]', object_pairs_hook=dict) if False else json.loads('{"k": 1, "j": 2}', object_pairs_hook=list))
roundtrip = json.loads(json.dumps(payload))
print(roundtrip == payload, roundtrip["big"])
