# match with or-patterns, as-patterns, guards and the order in which cases are tried.
def classify(token):
    match token:
        case "+" | "-" as op:
            return f"additive {op}"
        case "*" | "/" | "%" as op:
            return f"multiplicative {op}"
        case int() | float() as num if num < 0:
            return f"negative number {num}"
        case int(n) | float(n):
            return f"number {n}"
        case (x, y) | [x, y, _]:
            return f"pair-ish {x} {y}"
        case str(name) if name.isidentifier():
            return f"identifier {name}"
        case _:
            return f"junk {token!r}"

for t in ["+", "%", -2, 3.5, (1, 2), [7, 8, 9], "abc", "1abc", None]:
    print(classify(t))

calls = []
def guard(label, result):
    calls.append(label)
    return result

def tried(v):
    calls.clear()
    match v:
        case int() if guard("first guard", v > 10):
            out = "big"
        case int() if guard("second guard", v > 5):
            out = "medium"
        case int():
            out = "small"
        case _:
            out = "not int"
    return out, list(calls)

print(tried(20), tried(7), tried(1), tried("x"))

def nested_as(data):
    match data:
        case {"items": [{"id": int() as first_id}, *_] as items}:
            return f"first id {first_id} of {len(items)}"
        case {"items": []}:
            return "no items"
        case ([1, 2] | [3, 4]) as pair:
            return f"special pair {pair}"
    return "no match"

print(nested_as({"items": [{"id": 7}, {"id": 8}]}))
print(nested_as({"items": []}))
print(nested_as([3, 4]), nested_as([5, 6]))
x = 99
match 5:
    case x if x > 3:
        print("capture rebinds x:", x)
print("x after match:", x)
