# bytes methods: searching, splitting, joining, stripping, case, padding, hex and translate,
# used the way a script parsing a small binary/text protocol would.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

raw = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\nAccept: */*\r\n\r\nbody"
head, sep, body = raw.partition(b"\r\n\r\n")
lines = head.split(b"\r\n")
method, path, version = lines[0].split()
print(method, path, version, body, sep)
headers = {}
for line in lines[1:]:
    name, _, value = line.partition(b":")
    headers[name.strip().lower()] = value.strip()
print(headers)
print(raw.count(b"\r\n"), raw.find(b"Host"), raw.rfind(b"\r\n"), raw.index(b"/"), raw.rindex(b"/"))
print(raw.find(b"Host", 30), raw.find(b"Host", 0, 20), raw.count(b"e", 0, 30), raw.find(72), raw.count(ord("t")))
print(b"abc".find(b"", 3), b"abc".find(b"", 4), b"abc".count(b""), b"abc".count(b"", 4), b"abc".rfind(b""))
print(b"aaaa".count(b"aa"), b"abcabc".rfind(b"b", 0, 4), b"abc".find(b"c", -1), b"abc".find(b"a", None, None))
attempt("index missing:", lambda: b"abc".index(b"z"))
attempt("rindex missing:", lambda: b"abc".rindex(b"z", 1))
attempt("find float:", lambda: b"abc".find(1.5))
attempt("find str:", lambda: b"abc".find("b"))
attempt("find 300:", lambda: b"abc".find(300))
attempt("find bad start:", lambda: b"abc".find(b"b", "x"))

print(raw.startswith(b"GET"), raw.startswith((b"POST", b"GET")), raw.endswith(b"body"), raw.startswith(b"index", 5))
print(b"abc".startswith(b"", 3), b"abc".startswith(b"", 4), b"abc".endswith(b"b", 0, 2), b"abc".endswith((b"x", b"bc"), 1))
attempt("startswith int:", lambda: b"abc".startswith(1))
attempt("startswith str:", lambda: b"abc".startswith("a"))
attempt("startswith tuple:", lambda: b"abc".startswith((b"x", 1)))

csv = b"name,age,,city"
print(csv.split(b","), csv.split(b",", 1), csv.rsplit(b",", 1), csv.split(sep=b",", maxsplit=2))
print(b"  a  b\tc\n".split(), b"  a  b\tc\n".split(None, 1), b" a b c ".rsplit(None, 1), b"".split(), b"".split(b","))
print(b"a\x0bb\x0cc\x1cd".split(), b"one\ntwo\r\nthree\rfour".splitlines(), b"x\ny\n".splitlines(True), b"x\ny".splitlines(keepends=True))
attempt("split empty sep:", lambda: b"abc".split(b""))
attempt("split int sep:", lambda: b"abc".split(1))
attempt("split too many:", lambda: b"abc".split(b"b", 1, 2))

parts = [b"usr", b"local", bytearray(b"bin")]
print(b"/".join(parts), b"".join([]), b", ".join(x for x in [b"a", b"b"]))
attempt("join int:", lambda: b"-".join([b"a", 1]))
attempt("join str:", lambda: b"-".join(["a"]))
attempt("join non-iterable:", lambda: b"-".join(5))

print(b"  padded \n".strip(), b"xxhixx".strip(b"x"), b"--a--".lstrip(b"-"), b"--a--".rstrip(b"-"), b"\t x \x0b".strip())
print(b"aaa".replace(b"a", b"bb", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2), b"hello world".replace(b"o", b"0"))
attempt("replace str:", lambda: b"abc".replace("a", "b"))
attempt("strip str:", lambda: b"abc".strip("a"))
print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"z"), b"abc".rpartition(b"z"))
attempt("partition empty:", lambda: b"abc".partition(b""))

print(b"Hello World 123".upper(), b"Hello World 123".lower(), b"hELLO wORLD\xe9".swapcase())
print(b"they're bill's a1b".title(), b"hELLO THERE".capitalize(), b"\xe9t\xe9".upper())
print(b"123".isdigit(), b"12a".isdigit(), b"abc".isalpha(), b"ab1".isalnum(), b" \t\r\n\x0b\x0c".isspace(), b"\x1c".isspace())
print(b"ABC".isupper(), b"AB1".isupper(), b"abc".islower(), b"1".isupper(), b"".isalpha(), b"\x7f".isascii(), b"\x80".isascii(), b"".isascii())
print(b"Ab Cd".istitle(), b"AB cd".istitle(), b"".istitle(), b"A1b".istitle())

print(b"ab".center(6, b"*"), b"ab".center(5, b"*"), b"abc".center(6), b"abc".center(2), b"ab".ljust(5, b"."), b"ab".rjust(5))
print(b"42".zfill(5), b"-42".zfill(5), b"+7".zfill(4), b"".zfill(3), b"abc".zfill(1))
attempt("center str fill:", lambda: b"ab".center(5, "x"))
attempt("center long fill:", lambda: b"ab".center(5, b"xy"))
print(b"v1.2.3".removeprefix(b"v"), b"file.tar.gz".removesuffix(b".gz"), b"abc".removeprefix(b"x"))
print(b"a\tbc\td".expandtabs(), b"a\tb\nc\td".expandtabs(tabsize=2), b"\t".expandtabs(0))

packet = bytes([0xde, 0xad, 0xbe, 0xef, 0x01])
print(packet.hex(), packet.hex(":"), packet.hex(" ", 2), packet.hex("-", -2), packet.hex(b"|"), b"".hex(":"))
print(bytes.fromhex("de ad be ef"), bytes.fromhex(" 01 02 "), bytes.fromhex(""), bytes.fromhex(packet.hex()) == packet)
attempt("fromhex odd:", lambda: bytes.fromhex("abc"))
attempt("fromhex bad:", lambda: bytes.fromhex("zz"))
attempt("fromhex space:", lambda: bytes.fromhex("0 1"))
attempt("fromhex bytes:", lambda: bytes.fromhex(b"ab"))
attempt("hex long sep:", lambda: packet.hex("::"))
attempt("hex non-ascii sep:", lambda: packet.hex("é"))

table = bytes.maketrans(b"abc", b"xyz")
print(len(table), b"aabbcc".translate(table), b"hello".translate(None, b"l"), b"abc".translate(table, b"a"))
attempt("translate short:", lambda: b"abc".translate(b"x"))
attempt("maketrans lengths:", lambda: bytes.maketrans(b"ab", b"x"))
attempt("upper with arg:", lambda: b"abc".upper(1))
