# str: immutability, iteration, encode/decode, comparisons, format_map, and building strings efficiently.
s = "immutable"
try:
    s[0] = "I"
except TypeError as e:
    print("TypeError:", e)
print("I" + s[1:], s.upper()[0] + s[1:])
for i, ch in enumerate("abc"):
    print(i, ch, ord(ch))
print(list("héllo"), len("héllo"), len("héllo".encode()), "héllo".encode("utf-8"))
print(b"h\xc3\xa9llo".decode("utf-8"), b"abc".decode("ascii"), "abc".encode("ascii"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.reason)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason)
print("é".encode("ascii", errors="replace"), b"\xffa".decode("utf-8", errors="replace"), "é".encode("ascii", "ignore"))
print("{name} is {age}".format_map({"name": "Ann", "age": 30}))
parts = []
for n in range(5):
    parts.append(f"<{n}>")
print("".join(parts))
acc = ""
for w in ["build", "a", "string"]:
    acc += w + " "
print(repr(acc.rstrip()))
print("a" * 0, repr("" * 5), "-" * 20)
print(str.upper("direct"), str.join("+", "abc"), str.__len__("four"))
print("Hello"[10:], "Hello"[-10:2], "Hello"[::3])
try:
    "Hello"[10]
except IndexError as e:
    print("IndexError:", e)
print("tEsT".lower() == "TeSt".lower(), "straße".casefold() == "STRASSE".casefold())
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.casefold))
print("  x ".isspace(), "ab cd".split(" ", 5), "abc".center(9, "*"))
print(hash("same") == hash("same"), "abc".__contains__("b"), "x".join([]))
print("%.3s|%5.1s|" % ("abcdef", "xyz"), "%r" % [1, "a"], "%i" % 3.9, "%o %X %e" % (8, 255, 12345.678))
