# Round trips: dumps then loads gives the data back.
import json

records = [
    {"id": 1, "name": "Ada", "langs": ["en", "fr"], "score": 99.5, "active": True},
    {"id": 2, "name": "Linus", "langs": [], "score": 87.25, "active": False, "manager": None},
    {"id": 3, "name": "Grace Hopper", "langs": ["en"], "score": 100, "notes": "Wrote \"COBOL\"\n"},
]

text = json.dumps(records)
print(text)
back = json.loads(text)
print(back == records)
print(back[2]["notes"])
print(type(back[0]["score"]).__name__, type(back[2]["score"]).__name__)

pretty = json.dumps(records, indent=2, sort_keys=True)
print(json.loads(pretty) == records)

# Tuples come back as lists; non-string keys come back as strings.
data = {"pair": (1, 2), 7: "seven", 2.5: "x"}
print(json.loads(json.dumps(data)))

# Big and special numbers.
nums = [0, -1, 10 ** 25, -(10 ** 30), 1.0, 1e300, 5e-324, 123.456]
print(json.loads(json.dumps(nums)) == nums, json.loads(json.dumps(nums)))
print(json.loads("[1E3, 2e-2, -0, -0.0, 0.5]"))
print(json.loads("[NaN, Infinity, -Infinity]"))

# Unicode survives both ways.
words = ["naïve", "Ωmega", "日本", "😀", "\u2028", "tab\t"]
for ensure_ascii in (True, False):
    encoded = json.dumps(words, ensure_ascii=ensure_ascii)
    print(encoded, json.loads(encoded) == words)
print(json.loads('"\\u00e9\\ud83d\\ude00\\/\\b\\f"'))

# Whitespace around and inside documents.
print(json.loads('  \n\t{ "a" : [ 1 , 2 ] ,\r\n "b" : { } }  '))
print(json.loads('"just a string"'), json.loads("42"), json.loads("null"), json.loads("true"))

# Duplicate keys: the last one wins, in the first one's place.
print(json.loads('{"x": 1, "y": 2, "x": 3}'))

# bytes documents are decoded first.
print(json.loads(b'{"city": "M\xc3\xbcnchen"}'))
print(json.loads(bytearray(b"[1, 2, 3]")))

# dump and load work with any object that has write/read.
class Buffer:
    def __init__(self):
        self.parts = []
        self.pos = 0
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def read(self):
        return "".join(self.parts)

buf = Buffer()
json.dump({"saved": [1, 2, 3], "ok": True}, buf, indent=2)
print(buf.read())
print(json.load(buf))
# dump writes the text in pieces, as iterencode yields them.
print(len(buf.parts), buf.parts[:6])
print(list(json.JSONEncoder().iterencode({"k": [1, {"n": None}]})))

# JSONDecoder and raw_decode: values followed by more text.
decoder = json.JSONDecoder()
doc = '{"a": 1} {"b": 2} [3]'
pos = 0
while pos < len(doc):
    obj, end = decoder.raw_decode(doc, pos)
    print(obj, end)
    pos = end
    while pos < len(doc) and doc[pos] == " ":
        pos += 1
