# What a match object tells: groups, positions, and more.
import re

m = re.search(r"(?P<user>\w+)@(?P<domain>[\w.]+)", "Contact: jane.doe@example.org today")
print(m)
print(bool(m), m.group(), m.group(0), m.group(1), m.group("domain"))
print(m.group(1, 2), m.group("user", 0))
print(m[0], m[1], m["domain"])
print(m.groups(), m.groupdict())
print(m.start(), m.end(), m.span(), m.start(1), m.end("domain"), m.span(2))
print(m.string, m.re, m.pos, m.endpos)
print(m.lastindex, m.lastgroup, m.regs)
print(m.re.pattern, m.re.groups, m.re.groupindex)

# Optional groups.
m = re.match(r"(\d+)(?:\.(\d+))?(?:e(-?\d+))?", "42e-3")
print(m.groups(), m.groups(default="0"), m.span(2), m.start(2), m.end(3))
print(m.group(2) is None, m.lastindex)

# lastindex and lastgroup.
print(re.match(r"(a)(b)", "ab").lastindex)
print(re.match(r"((a)b)", "ab").lastindex)
print(re.match(r"(a)()", "a").lastindex)
print(re.match(r"(?:(?P<x>a)|(?P<y>b))+", "ab").lastgroup)
print(re.match(r"\w+", "abc").lastindex, re.match(r"(?P<w>\w+)", "abc").lastgroup)

# No such group.
m = re.match(r"(?P<a>x)", "x")
for g in (2, -1, "b", 1.5):
    try:
        m.group(g)
    except IndexError as e:
        print(repr(g), "->", e)
print(m.group(True))

# Positions with pos and endpos.
p = re.compile(r"o+")
m = p.search("foo boo", 3)
print(m, m.pos, m.endpos)
m = p.search("foo boo", 0, 2)
print(m, m.pos, m.endpos)
print(p.match("foo", 1), p.match("foo", 0), p.fullmatch("foo", 1), p.fullmatch("foox", 1, 3))

# Matches are truthy; no match is None.
for s in ["2024", "year 2024", "20x4"]:
    m = re.match(r"\d{4}$", s)
    if m:
        print(s, "matches", m.span())
    else:
        print(s, "does not match")

# Long matches are cut in the repr.
m = re.search(r"x+", "x" * 80)
print(m)
print(re.search(r".+", "a 'quoted' \"word\""))

# Non-ASCII text: positions in characters.
m = re.search(r"(é+)(\w*)", "café éété!")
print(m, m.span(1), m.span(2), m.group(2))

# expand uses the match's groups.
m = re.match(r"(?P<h>\d+):(?P<m>\d+)", "9:05")
print(m.expand(r"\g<m> past \g<h>"), m.expand(r"\2/\1"))

# Types.
print(type(m).__name__, isinstance(m, re.Match), isinstance(m.re, re.Pattern))
try:
    re.Match()
except TypeError as e:
    print("TypeError:", e)
