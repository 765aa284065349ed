# str methods: split/rsplit/splitlines, join, strip family, padding, zfill, center, expandtabs.
csv = "name,age,,city"
print(csv.split(","), csv.split(",", 1), csv.rsplit(",", 1), "a b  c\t d\n".split())
print("  leading and trailing  ".split(" "), "x".split(","), "".split(","), "".split())
print("one\ntwo\r\nthree\n".splitlines(), "one\ntwo\n".splitlines(keepends=True), "".splitlines())
print(" | ".join(["a", "b", "c"]), "".join(reversed("abc")), ",".join(str(n) for n in range(4)), "-".join("xyz"))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(repr("  pad  ".strip()), repr("  pad  ".lstrip()), repr("  pad  ".rstrip()), repr("xxhixx".strip("x")))
print(repr("<<tag>>".strip("<>")), repr("www.example.com".lstrip("w.")), repr("\t\n text \r\n".strip()))
print(repr("ab".ljust(5)), repr("ab".rjust(5, "*")), repr("ab".center(7, "=")), repr("ab".center(6)), repr("toolong".center(3)))
print("42".zfill(5), "-42".zfill(5), "+3.5".zfill(7), "abc".zfill(2))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4))
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), " ".join(w.capitalize() for w in words), sorted(words, key=len)[-1])
print(" ".join(words[::-1]), "_".join(w[0] for w in words).upper())
line = "key = value = more"
key, _, value = line.partition("=")
print(repr(key.strip()), repr(value.strip()))
print("a,b;c d".replace(";", ",").replace(" ", ",").split(","))
print("1,2,3".split(",", maxsplit=-1), "a b c".split(None, 1), "  a  b  ".rsplit(None, 1))
table = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(table), str.maketrans({"a": "1"}) == {97: "1"})
print("%s-%s" % ("a", "b"), "%-6s|" % "ab", "%06.2f" % 3.14159, "%+d %+d" % (5, -5), "%c%c" % (72, "i"))
print("{:,}".format(10**9), "{:08.3f}".format(-3.5), "{:e}".format(0.000123))
