# Text codecs: str.encode and bytes.decode with utf-8, ascii, latin-1, utf-16 and utf-32, error
# handlers, and what UnicodeEncodeError/UnicodeDecodeError report.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except UnicodeError as e:
        print(label, type(e).__name__ + ":", e)
        print("   ", e.encoding, repr(e.object), e.start, e.end, e.reason, e.args == (e.encoding, e.object, e.start, e.end, e.reason))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

text = "naïve café – 😀"
for enc in ["utf-8", "utf8", "UTF-8", "U8", "utf_8", "utf-16", "utf-16-le", "UTF-16BE", "utf-32", "utf-32-be", "utf-8-sig"]:
    data = text.encode(enc)
    print(enc, len(data), data[:8], data.decode(enc) == text)
for enc in ["ascii", "us-ascii", "latin-1", "latin1", "iso-8859-1", "ISO8859-1", "l1"]:
    print(enc, "plain text".encode(enc), "é".encode(enc, "replace"), b"caf\xe9".decode(enc, "replace"))

attempt("ascii encode:", lambda: "é".encode("ascii"))
attempt("ascii encode run:", lambda: "abc déjà".encode("ascii"))
attempt("latin-1 euro:", lambda: "price: 5€".encode("latin-1"))
attempt("latin-1 emoji:", lambda: "😀".encode("latin-1"))
attempt("bad start byte:", lambda: b"\xff".decode())
attempt("bad start mid:", lambda: b"ok\x80ok".decode("utf-8"))
attempt("bad continuation:", lambda: b"\xe2\x41".decode())
attempt("bad continuation 2:", lambda: b"ab\xe2\x82\x41".decode())
attempt("truncated:", lambda: b"ab\xe2\x82".decode())
attempt("truncated 1:", lambda: b"\xe0".decode())
attempt("overlong:", lambda: b"\xc0\xaf".decode())
attempt("surrogate:", lambda: b"\xed\xa0\x80".decode())
attempt("ascii decode:", lambda: b"caf\xe9".decode("ascii"))
attempt("utf-16 odd:", lambda: b"a".decode("utf-16"))
attempt("utf-16 lone high:", lambda: b"a\x00\x00\xd8a\x00".decode("utf-16-le"))
attempt("utf-16 lone low:", lambda: b"\x00\xdc".decode("utf-16-le"))
attempt("utf-16 cut:", lambda: b"\xff\xfea\x00\x00\xd8".decode("utf-16"))
attempt("utf-32 big:", lambda: b"\x00\x00\x11\x00".decode("utf-32-le"))
attempt("utf-32 cut:", lambda: b"a\x00\x00".decode("utf-32"))
attempt("unknown encoding:", lambda: "x".encode("klingon"))
attempt("unknown decoding:", lambda: b"x".decode("no-such-codec"))
attempt("unknown handler:", lambda: "é".encode("ascii", "bogus"))
attempt("unused handler:", lambda: "e".encode("ascii", "bogus"))
attempt("encoding type:", lambda: "x".encode(1))
attempt("errors type:", lambda: b"x".decode("ascii", 1))
attempt("too many:", lambda: "x".encode("utf-8", "strict", "x"))
attempt("twice:", lambda: "x".encode("utf-8", encoding="ascii"))
attempt("bad keyword:", lambda: b"x".decode(charset="ascii"))
attempt("xmlcharref decode:", lambda: b"\xff".decode("utf-8", "xmlcharrefreplace"))

s = "a é € 😀"
for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    print(errors, s.encode("ascii", errors), s.encode("latin-1", errors=errors))
raw = b"ok\xff\xfe \xe2\x82 end\xe2"
for errors in ["ignore", "replace", "backslashreplace"]:
    print(errors, repr(raw.decode("utf-8", errors)), repr(raw.decode("ascii", errors=errors)))
print(repr(b"a\x00\x00\xd8b".decode("utf-16", "replace")), repr(b"\xff\xfe\x00\x00a\x00\x00\x00".decode("utf-32")))
print(repr(b"\xfe\xff\x00a".decode("utf-16")), repr(b"\xef\xbb\xbfabc".decode("utf-8-sig")), repr(b"\xef\xbb\xbfabc".decode()))
print(bytearray("données", "utf-8").decode("utf-8"), bytearray(b"\xe9").decode("latin-1"), b"abc".decode(errors="ignore"))

try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print(e.start, e.end, repr(e.object[e.start:e.end]), isinstance(e, ValueError), isinstance(e, UnicodeError))
try:
    b"\x00\xff".decode("utf-8")
except ValueError as e:
    print(type(e).__name__, e.reason, repr(e))

e = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "custom reason")
print(e, repr(e))
e.reason = "changed"
e.start = 0
print(e, e.args[3])
print(UnicodeEncodeError("ascii", "a\u20acx", 1, 2, "bad"))
print(UnicodeEncodeError("ascii", "a\U0001f600x", 1, 3, "bad"))
print(UnicodeEncodeError("latin-1", "aéx", 1, 2, "bad"))

def to_ascii(words):
    out = []
    for w in words:
        try:
            out.append(w.encode("ascii"))
        except UnicodeEncodeError as err:
            out.append(w.encode("ascii", "backslashreplace"))
            print("fixed", repr(w), "at", err.start)
    return b" ".join(out)

print(to_ascii(["plain", "résumé", "naïve"]))
