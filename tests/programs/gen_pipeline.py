# Generator pipelines: chained lazy stages, generator expressions, early termination.
LOG = """\
INFO start service
WARN disk 81%
ERROR failed to open socket
INFO request /index
ERROR timeout talking to db
INFO request /about
WARN memory 70%
ERROR disk full"""

def read_lines(text):
    for line in text.splitlines():
        print("    read:", line[:10])
        yield line

def parse(lines):
    for line in lines:
        level, _, message = line.partition(" ")
        yield {"level": level, "message": message}

def only(level, records):
    return (r for r in records if r["level"] == level)

def number(records, start=1):
    for i, r in enumerate(records, start):
        yield f"{i}. {r['message']}"

pipeline = number(only("ERROR", parse(read_lines(LOG))))
print("pipeline built, nothing read yet")
print(next(pipeline))
print("-- rest --")
for item in pipeline:
    print(item)

def first_n(gen, n):
    for i, item in enumerate(gen):
        if i == n:
            break
        yield item

warns = first_n(only("WARN", parse(read_lines(LOG))), 1)
print(list(warns))

squares = (x * x for x in range(1, 1_000_000_000))
small = (s for s in squares if s % 3 == 1)
print([next(small) for _ in range(5)])
counts = {}
for r in parse(LOG.splitlines()):
    counts[r["level"]] = counts.get(r["level"], 0) + 1
print(counts)
print(max(len(line) for line in LOG.splitlines()), any(r["level"] == "FATAL" for r in parse(LOG.splitlines())))
