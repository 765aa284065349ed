# Parsing errors: json.JSONDecodeError with its message and position.
import json

bad_documents = [
    "",
    "   ",
    "{",
    '{"name": "x",}',
    '{"name" "x"}',
    "{'single': 1}",
    '{"a": 1 "b": 2}',
    "[1, 2,]",
    "[1 2]",
    '["unterminated]',
    '"bad \\x escape"',
    '"\\u12G4"',
    '"tab\there"',
    "[1] [2]",
    "nul",
    "True",
    "01",
    "-",
    ".5",
    '{"a": [1, {"b": }]}',
    "\ufeff[]",
]

for doc in bad_documents:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(f"{doc!r:24} -> {e}")
        print(f"{'':24}    msg={e.msg!r} pos={e.pos} line={e.lineno} col={e.colno}")

# Errors point into multi-line documents.
config_text = """{
    "name": "service",
    "port": 8080
    "debug": true
}"""
try:
    json.loads(config_text)
except json.JSONDecodeError as e:
    print(e)
    line = config_text.splitlines()[e.lineno - 1]
    print(line)
    print(" " * (e.colno - 1) + "^")

# JSONDecodeError is a ValueError.
try:
    json.loads("[1, 2")
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.JSONDecodeError), e.args)

# Raising one by hand.
err = json.JSONDecodeError("Custom problem", "abc\ndef", 5)
print(err, err.lineno, err.colno, repr(err.doc))
print(json.JSONDecodeError.__mro__[1].__name__, json.JSONDecodeError.__module__)

# Wrong argument types.
for value in (None, 3.5, ["[]"]):
    try:
        json.loads(value)
    except TypeError as e:
        print("TypeError:", e)

# A tolerant loader built on the error position.
def load_prefix(text):
    try:
        return json.loads(text), ""
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":
            return json.loads(text[: e.pos]), text[e.pos :]
        raise

print(load_prefix('{"k": [1, 2]} trailing words'))
print(load_prefix("[true]"))

# strict=False lets control characters into strings.
print(repr(json.loads('"a\tb"', strict=False)))
