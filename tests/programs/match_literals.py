# match with literal patterns (ints, strings, None, True/False), wildcard and capture.
def http_status(code):
    match code:
        case 200:
            return "OK"
        case 301 | 302:
            return "Redirect"
        case 404:
            return "Not Found"
        case 418:
            return "I'm a teapot"
        case -1:
            return "negative one"
        case _:
            return f"Unknown ({code})"

for code in [200, 302, 404, 418, -1, 500]:
    print(code, http_status(code))

def kind(value):
    match value:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case 1.5:
            return "one and a half"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes"
        case 2 + 3j:
            return "complex"
        case other:
            return f"captured {other!r}"

for v in [None, True, False, 0, 0.0, 1, 1.5, "hi", b"raw", 2 + 3j, "bye", [1]]:
    print(repr(v), "->", kind(v))

def no_match(x):
    match x:
        case 1:
            result = "one"
    return "fell through" if x != 1 else result
print(no_match(2), no_match(1))

command = "go"
match command:
    case "stop":
        print("stopping")
    case "go":
        print("going")
print("match is a soft keyword:", [match for match in range(2)])
case = "still a name"
print(case)
