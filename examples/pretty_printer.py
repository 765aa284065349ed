# pretty_printer.py -- a JSON-like pretty printer written by hand.
#
# Shows: recursion over nested data, isinstance-based dispatch with the
# match statement's class patterns, string escaping, and join().

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}


def quote(text):
    return '"' + "".join(ESCAPES.get(ch, ch) for ch in text) + '"'


def render(value, indent=0, step=2):
    """Return the text of `value`, laid out over several lines."""
    pad = " " * (indent + step)
    close = " " * indent
    match value:
        case None:
            return "null"
        case bool():                      # must come before int: True is an int too
            return "true" if value else "false"
        case int() | float():
            return repr(value)
        case str():
            return quote(value)
        case dict() if not value:
            return "{}"
        case dict():
            items = [f"{pad}{quote(str(k))}: {render(v, indent + step, step)}" for k, v in value.items()]
            return "{\n" + ",\n".join(items) + "\n" + close + "}"
        case list() | tuple() if not value:
            return "[]"
        case list() | tuple() if all(isinstance(v, (int, float)) for v in value):
            return "[" + ", ".join(repr(v) for v in value) + "]"   # short numeric lists on one line
        case list() | tuple():
            items = [pad + render(v, indent + step, step) for v in value]
            return "[\n" + ",\n".join(items) + "\n" + close + "]"
        case _:
            raise TypeError(f"cannot render {type(value).__name__}")


config = {
    "name": "weft",
    "version": (0, 1, 0),
    "debug": False,
    "threshold": 0.75,
    "owner": None,
    "paths": ["src/", "tests/\"quoted\"", "C:\\temp"],
    "servers": [
        {"host": "alpha", "ports": [80, 443], "tags": {}},
        {"host": "beta", "ports": [], "motd": "line one\nline two"},
    ],
}

print(render(config))
print(render([[], {}, [1.5, 2], "tab\there"], step=4))
try:
    render({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
