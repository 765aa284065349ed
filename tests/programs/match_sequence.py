# match with sequence patterns: fixed length, star captures, nested sequences and types.
def describe(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one item {x}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} with {len(middle)} inside"
        case [first, *rest]:
            return f"starts with {first}, rest {rest}"

for s in [[], [1], (1, 2), [1, 2, 3], list(range(7)), range(3)]:
    print(s, "->", describe(s))

def point(p):
    match p:
        case (0, 0):
            return "origin"
        case (0, y):
            return f"on y axis at {y}"
        case (x, 0):
            return f"on x axis at {x}"
        case [x, y, *_]:
            return f"point {x},{y}"
        case _:
            return "not a point"

for p in [(0, 0), (0, 5), (3, 0), [2, 7, 9], "ab", 42]:
    print(repr(p), "->", point(p))

def nested(item):
    match item:
        case [("add" | "sub") as op, [a, b]]:
            return f"{op}({a}, {b})"
        case [str() as name, [*args]]:
            return f"{name} with {len(args)} args"
        case [[x, y], [z, w]]:
            return f"2x2 {x + y + z + w}"
        case _:
            return "other"

print(nested(["add", [1, 2]]))
print(nested(["sub", (5, 3)]))
print(nested(["call", [1, 2, 3]]))
print(nested([[1, 2], [3, 4]]))
print(nested(["x", "not a list of args"]))
match "abc":
    case [a, b, c]:
        print("strings are not sequences here")
    case str(text):
        print("matched as str", text)
match (1, 2, 3):
    case (1, *rest):
        print("rest is a list:", rest)
