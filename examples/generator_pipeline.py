# generator_pipeline.py -- process data lazily with a chain of generators.
#
# Shows: generator functions (yield), generator expressions, lazy evaluation,
# and how each stage pulls items from the previous one only when needed.

LOG = """\
2024-01-01 INFO  server started
2024-01-01 ERROR disk /dev/sda1 almost full
2024-01-02 INFO  user ann logged in
2024-01-02 WARN  slow query (2.5 s)
2024-01-03 ERROR connection refused by db
2024-01-03 INFO  user bob logged in
2024-01-04 ERROR disk /dev/sda1 full"""


def lines(text):
    """Stage 1: yield one line at a time."""
    for line in text.splitlines():
        yield line


def parse(lines):
    """Stage 2: split each line into a small dict."""
    for line in lines:
        date, level, message = line.split(maxsplit=2)
        yield {"date": date, "level": level, "message": message}


def only(level, records):
    """Stage 3: keep the records of one level."""
    return (r for r in records if r["level"] == level)


# Nothing runs until we iterate: building the pipeline is free.
errors = only("ERROR", parse(lines(LOG)))
for record in errors:
    print(f"{record['date']}: {record['message']}")

# Generator expressions work anywhere a single iterable argument is expected:
levels = [r["level"] for r in parse(lines(LOG))]
print("levels:", {level: levels.count(level) for level in sorted(set(levels))})


def running_total(numbers):
    """A generator can keep state between items."""
    total = 0
    for n in numbers:
        total += n
        yield total


print(list(running_total([5, 3, 8, 1])))

# Infinite generators are fine as long as something stops consuming them.
def naturals():
    n = 1
    while True:
        yield n
        n += 1


squares = (n * n for n in naturals())
first_big = next(s for s in squares if s > 500)
print("first square above 500:", first_big)
