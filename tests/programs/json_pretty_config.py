# Pretty-printing configuration dictionaries with json.dumps.
import json

config = {
    "app": {"name": "inventory", "version": "2.1.0", "debug": False},
    "server": {"host": "0.0.0.0", "port": 8080, "workers": 4, "timeout": 30.5},
    "database": {
        "url": "postgres://db.local/inv",
        "pool": {"min": 1, "max": 10},
        "replicas": ["db2.local", "db3.local"],
    },
    "features": [],
    "limits": {},
    "owner": None,
}

print(json.dumps(config))
print(json.dumps(config, indent=2))
print(json.dumps(config, indent=4, sort_keys=True))
print(json.dumps(config["server"], indent="\t"))
print(json.dumps(config["database"], indent=0))
print(json.dumps(config["server"], separators=(",", ":")))
print(json.dumps(config["server"], indent=2, separators=(",", " = ")))

# Non-string keys become strings, as JavaScript would have them.
ports = {80: "http", 443: "https", 8.5: "odd", True: "yes", None: "nothing"}
print(json.dumps(ports))
print(json.dumps({"b": 2, "a": 1, "c": {"z": 0, "y": [3, 2, 1]}}, sort_keys=True, indent=2))

# Unicode and escapes.
greetings = {"fr": "Bonjour, ça va ?", "ja": "こんにちは", "emoji": "😀 ok", "ctl": "tab\there\nnew \"quoted\" \\ back"}
print(json.dumps(greetings, indent=2))
print(json.dumps(greetings, ensure_ascii=False, indent=2))

# Numbers.
print(json.dumps([1, -2, 3.0, 0.1 + 0.2, 1e16, 1.5e-7, 2 ** 70, -0.0, float("inf"), float("nan")]))
print(json.dumps({"ratio": 2 / 3, "big": 12345678901234567890}))

# Tuples and nested empties.
print(json.dumps({"point": (1, 2), "empty": [[], {}, ()], "nested": [[1, [2, [3]]]]}, indent=1))

# A settings file written with a small helper.
def render(settings, **options):
    text = json.dumps(settings, **options)
    for number, line in enumerate(text.splitlines(), 1):
        print(f"{number:3} | {line}")

render({"theme": "dark", "font": {"family": "mono", "size": 12}}, indent=3, sort_keys=True)
