# Parsing structured text with re: named groups, finditer, sub with functions, verbose patterns.
import re

log = """2024-03-01 12:00:01 INFO  user=ann action=login ip=10.0.0.1
2024-03-01 12:00:07 WARN  user=bob action=upload size=12MB ip=10.0.0.2
2024-03-01 12:01:13 ERROR user=ann action=delete target=/tmp/x ip=10.0.0.1
not a log line
2024-03-02 08:30:00 INFO  user=cy action=logout ip=192.168.1.20"""
line_re = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]{8}) (?P<level>\w+)\s+(?P<rest>.*)$", re.M)
for m in line_re.finditer(log):
    fields = dict(re.findall(r"(\w+)=(\S+)", m["rest"]))
    print(m.group("date"), m["level"], fields, m.span("level"))
print(line_re.groupindex, line_re.groups, line_re.pattern[:20], line_re.flags & re.M != 0)
print(re.findall(r"\b\d{1,3}(?:\.\d{1,3}){3}\b", log))
print(re.findall(r"user=(\w+) action=(\w+)", log))
print(re.sub(r"ip=\S+", "ip=<redacted>", log.splitlines()[0]))
print(re.sub(r"(\d+)MB", lambda m: str(int(m.group(1)) * 1024) + "KB", log))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", r"\g<d>/\g<m>/\g<y>", "from 2024-03-01 to 2024-12-31"))
print(re.subn(r"\s+", " ", "a   b \t c\n d"), re.sub("a", "b", "aaa", count=2))
date = re.compile(r"""
    (\d{4})   # year
    -(\d{2})  # month
    -(\d{2})  # day
""", re.VERBOSE)
m = date.search("due 2025-07-04!")
print(m.groups(), m.group(0), m.start(), m.end(), m.group(1, 3), m.string, m.re is date)
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(\d)", "a1b2c"), re.split(r"\s+", " x y ", maxsplit=1))
print(re.match(r"\w+", "hello world").group(), re.match(r"\d", "x1"), re.fullmatch(r"[a-z]+", "abc1"))
print(bool(re.search(r"(?i)ERROR", "error found")), re.search(r"(\w)\1", "abccd").group(), re.escape("a.b*c?"))
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", "cost $12.50 or $7"), re.findall(r"\w+(?=!)", "hi! yo! no"))
print(re.findall(r"^\w", "one\ntwo\nthree", re.MULTILINE), re.findall(r"a.c", "a\nc abc", re.DOTALL))
print(repr(re.compile(r"\d+", re.I)), repr(re.match(r"\d+", "123abc")))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
