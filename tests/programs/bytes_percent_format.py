# bytes % args (PEP 461): %s/%b take bytes-like objects or __bytes__, %r/%a
# give ascii(), %c an int below 256 or one byte; numbers as for str.
class Packet:
    def __bytes__(self):
        return b"\x01\x02"


print(b"%s and %b" % (b"bytes", bytearray(b"array")))
print(b"[%5s|%-5b|%.2s]" % (b"ab", b"cd", b"efgh"))
print(b"%d %i %05d %+d %x %X %#o %e %.3f %g" % (42, -7, 3, 5, 255, 255, 8, 12345.678, 2.5, 0.0001))
print(b"%r %a" % ("caf\u00e9", b"x"))
print(b"%c%c%c" % (72, b"i", bytearray(b"!")))
print(b"%s" % Packet())
print(b"%(name)s is %(age)d" % {b"name": b"Ann", b"age": 37})
print(b"100%% sure, %s" % b"yes")
print(b"%*d|%-*d|" % (5, 1, 4, 2))
print(b"\xff\x00%s" % b"\xfe")
for bad in [
    lambda: b"%s" % "text",
    lambda: b"%s" % 5,
    lambda: b"%c" % 256,
    lambda: b"%c" % "x",
    lambda: b"%d" % b"1",
    lambda: b"%s %s" % b"one",
    lambda: b"%s" % (b"a", b"b"),
    lambda: b"%y" % 1,
]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
