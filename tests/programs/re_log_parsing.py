# Parsing log lines with named groups.
import re

LOG = """\
2024-03-01 08:15:02,113 INFO  [auth] user=alice action=login ip=10.0.0.5
2024-03-01 08:15:07,950 WARN  [db] slow query took 1532ms table=orders
2024-03-01 08:16:11,002 ERROR [api] GET /v1/orders/42 -> 500 (12ms)
garbage line without structure
2024-03-01 08:17:45,480 INFO  [auth] user=bob action=logout ip=10.0.0.9
2024-03-01 08:18:00,001 ERROR [db] connection reset by peer
"""

LINE = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>\d{2}:\d{2}:\d{2}),(?P<ms>\d{3}) "
    r"(?P<level>[A-Z]+)\s+\[(?P<component>\w+)\] (?P<message>.*)"
)

counts = {}
for raw in LOG.splitlines():
    m = LINE.match(raw)
    if not m:
        print("unparsed:", repr(raw))
        continue
    level = m.group("level")
    counts[level] = counts.get(level, 0) + 1
    print(m.group("time", "level", "component"), "|", m["message"])

print(counts)

# groupdict, and the key=value pairs inside messages.
KV = re.compile(r"(\w+)=(\S+)")
for m in LINE.finditer(LOG):
    fields = m.groupdict()
    pairs = dict(KV.findall(fields["message"]))
    if pairs:
        print(fields["component"], pairs)

# Multi-line mode: anchors at every line.
errors = re.findall(r"^.*ERROR.*$", LOG, re.MULTILINE)
print(len(errors), errors[0][:30])
print(re.findall(r"^\d{4}-\d\d-\d\d (\S+)", LOG, re.M))

# Durations anywhere in the text.
durations = [int(ms) for ms in re.findall(r"(\d+)ms\b", LOG)]
print(durations, sum(durations))

# An HTTP request line.
REQUEST = re.compile(r'(?P<method>GET|POST|PUT|DELETE) (?P<path>/\S*) -> (?P<status>\d{3})')
m = REQUEST.search(LOG)
print(m)
print(m.group(0), m.span(), m.start("path"), m.end("path"), m.lastgroup, m.lastindex)
print(REQUEST.groupindex, REQUEST.groups)

# Apache-style access log.
access = '127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326'
APACHE = re.compile(
    r'(?P<host>\S+) \S+ (?P<user>\S+) \[(?P<when>[^\]]+)\] '
    r'"(?P<request>[^"]*)" (?P<status>\d{3}) (?P<size>\d+|-)'
)
m = APACHE.fullmatch(access)
for key, value in m.groupdict().items():
    print(f"{key:>8}: {value}")
print(m.group("request").split())

# Optional groups that did not take part.
OPT = re.compile(r"(?P<key>\w+)(?:=(?P<value>\w+))?")
for text in ["debug", "level=3"]:
    m = OPT.fullmatch(text)
    print(m.groupdict(), m.groupdict(default="<none>"), m.groups(), m.span("value"))
