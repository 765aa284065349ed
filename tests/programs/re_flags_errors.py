# Flags, inline flags, escaping, and the errors of bad patterns.
import re

print(re.findall(r"python", "Python PYTHON python", re.IGNORECASE))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"^\w+", "one\ntwo"))
print(re.findall(r"a.c", "a\nc abc", re.S), re.findall(r"a.c", "a\nc abc"))
print(re.findall(r"\w+", "naïve café", re.A), re.findall(r"\w+", "naïve café"))
print(re.search(r"end$", "the end\n"), re.search(r"end\Z", "the end\n"), re.search(r"\Athe", "the end"))

NUMBER = re.compile(r"""
    [-+]?            # optional sign
    (?:
        \d+\.\d*     # digits, dot, maybe digits
      | \.\d+        # dot and digits
      | \d+          # just digits
    )
    (?:[eE][-+]?\d+)?  # exponent
""", re.VERBOSE)
print(NUMBER.findall("1 -2.5 .5 +3e10 6.02E-23 x"))
print(re.findall(r"[ #]+", "a # b"), re.findall(r"(?x) a \  b", "a b ab"))

# Combined flags.
flags = re.I | re.M
print(flags, int(flags), re.findall(r"^ab", "AB\nab\nxab", flags))
print(re.compile(r"x", re.I | re.S), re.compile(r"x", re.M).flags, re.compile("x").flags)
print(re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.NOFLAG, re.I == 2, re.I | 0)

# Inline flags.
print(re.findall(r"(?i)hello", "Hello HELLO"), re.findall(r"(?i:h)ello", "Hello HELLO"))
print(re.match(r"(?im)^b", "a\nB"), re.compile(r"(?s).").flags, re.compile(r"(?x) a").pattern)
print(re.findall(r"A(?-i:b)", "Ab AB ab", re.I))

# Escaping user input.
for s in ["1+1=2", "a.b*c", "[x] (y) {z}", "tab\there", "path/to/file.txt", "50% off!"]:
    escaped = re.escape(s)
    print(escaped, bool(re.fullmatch(escaped, s)))

# The compile cache returns the same pattern object.
print(re.compile(r"\d+") is re.compile(r"\d+"), re.compile("a") == re.compile("a"))
re.purge()

# Bad patterns raise re.error with a message and a position.
bad = [
    "(unclosed", "unopened)", "*star", "a**", "[abc", r"\q", "a{5,2}", "(?P<1x>a)",
    "(?P<n>a)(?P<n>b)", "(?P=missing)", r"(a)\2", "x(?i)y", "(?<=a+)b", "(?z)", "(?",
    "\\", "[z-a]", r"\x4g", "(?#unterminated", "a{,}b{", "(?P<n>a|b", "ab\n(cd",
]
for pattern in bad:
    try:
        re.compile(pattern)
        print(repr(pattern), "compiled")
    except re.error as e:
        print(f"{pattern!r:22} {e}  [msg={e.msg!r}, pos={e.pos}, line={e.lineno}, col={e.colno}]")

try:
    re.compile("a{99999999999}")
except OverflowError as e:
    print("OverflowError:", e)
try:
    re.compile(re.compile("x"), re.I)
except ValueError as e:
    print("ValueError:", e)
for args in [(1, "a"), ("a", 1), ("a", b"a"), (b"a", "a")]:
    try:
        re.search(*args)
    except TypeError as e:
        print("TypeError:", e)

err = re.error("custom", "pattern", 3)
print(err, err.msg, err.pos, err.pattern, isinstance(err, Exception))
print(re.error.__name__, re.error.__module__)
