# int <-> decimal str conversions past sys.get_int_max_str_digits() digits
# (4300 by default) raise ValueError; other bases are not limited.
import json
import sys


def attempt(label, f):
    try:
        r = f()
    except (ValueError, OverflowError, TypeError) as e:
        print(label, type(e).__name__, str(e)[:160])
    else:
        print(label, "ok", r)


print(sys.get_int_max_str_digits(), sys.int_info)
x = 10 ** 4300
attempt("str", lambda: str(x))
attempt("repr", lambda: repr(x))
attempt("neg", lambda: str(-x))
attempt("f-string", lambda: f"{x}")
attempt("percent d", lambda: "%d" % x)
attempt("percent s", lambda: "%s" % x)
attempt("format ,", lambda: "{:,}".format(x))
attempt("format _d", lambda: format(x, "_d"))
attempt("in a list", lambda: str([x]))
attempt("json dumps", lambda: json.dumps(x))
attempt("exactly 4300", lambda: len(str(9 * 10 ** 4299)))
attempt("negative 4300", lambda: len(str(-9 * 10 ** 4299)))
attempt("hex bin oct", lambda: (len(hex(x)), len(bin(x)), len(oct(x)), len(format(x, "x"))))

attempt("int", lambda: int("1" * 5000))
attempt("int sign", lambda: int("-" + "1" * 4301))
attempt("int zeros", lambda: int("0" * 5000))
attempt("int spaces", lambda: int("  " + "1" * 4301 + "  "))
attempt("int junk after", lambda: int("1" * 5000 + "x"))
attempt("int double underscore", lambda: int("1__1" * 2000))
attempt("int bytes", lambda: int(b"1" * 5000))
attempt("int base 0", lambda: int("1" * 5000, 0))
attempt("int base 36", lambda: int("z" * 5000, 36))
attempt("int base 16", lambda: int("f" * 5000, 16) % 1000)
attempt("int base 0x", lambda: int("0x" + "f" * 5000, 0) % 1000)
attempt("int invalid base 7", lambda: int("7" * 5000, 7))
attempt("int 4300", lambda: len(str(int("1" * 4300))))
attempt("json loads", lambda: json.loads("1" * 5000))

attempt("set 100", lambda: sys.set_int_max_str_digits(100))
attempt("set -1", lambda: sys.set_int_max_str_digits(-1))
attempt("set str", lambda: sys.set_int_max_str_digits("5"))
attempt("set none", lambda: sys.set_int_max_str_digits())
attempt("set huge", lambda: sys.set_int_max_str_digits(2 ** 40))
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
attempt("640", lambda: str(10 ** 640))
attempt("639", lambda: len(str(10 ** 639)))
sys.set_int_max_str_digits(maxdigits=0)
attempt("unlimited", lambda: (len(str(10 ** 10000)), len(str(int("9" * 10000)))))
sys.set_int_max_str_digits(4300)
print(sys.get_int_max_str_digits())
