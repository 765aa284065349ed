# match with mapping patterns: required keys, **rest, nested mappings, extra keys ignored.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": "q" | "Q"}:
            return "quit"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": "resize", "size": {"w": w, "h": h}}:
            return f"resize {w}x{h}"
        case {"type": t}:
            return f"unhandled {t}"
        case {}:
            return "no type"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "pos": (10, 20), "button": 1},
    {"type": "key", "key": "Q"},
    {"type": "key", "key": "a", "ctrl": True, "alt": False},
    {"type": "key", "key": "b"},
    {"type": "resize", "size": {"w": 800, "h": 600}},
    {"type": "scroll"},
    {"other": 1},
    ["not", "a", "dict"],
]
for e in events:
    print(handle(e))

def config(c):
    match c:
        case {"debug": True, **rest}:
            return ("debug", rest)
        case {"level": int(n)} if n > 3:
            return ("high", n)
        case {"level": int(n)}:
            return ("low", n)
    return ("none", None)

print(config({"debug": True, "port": 80}))
print(config({"level": 5}), config({"level": 1}), config({"level": "x"}))

class Ordered(dict):
    pass
match Ordered(a=1, b=2):
    case {"a": 1, **others}:
        print("dict subclass matched, others =", others)
match {1: "int key", None: "none key"}:
    case {1: v, None: w}:
        print(v, w)
