# What the time module refuses, and how it normalises time tuples: a
# script validating user-supplied dates before formatting them.
import time

samples = [
    (2024, 0, 0, 0, 0, 0, 0, 0, 0),
    (2024, 2, 29, 23, 59, 61, 3, 60, 0),
    (2024, 13, 1, 0, 0, 0, 0, 1, 0),
    (2024, 1, 32, 0, 0, 0, 0, 1, 0),
    (2024, 1, 1, 24, 0, 0, 0, 1, 0),
    (2024, 1, 1, 0, 60, 0, 0, 1, 0),
    (2024, 1, 1, 0, 0, 62, 0, 1, 0),
    (2024, 1, 1, 0, 0, 0, -2, 1, 0),
    (2024, 1, 1, 0, 0, 0, 9, 1, 0),
    (2024, 1, 1, 0, 0, 0, 0, 367, 0),
    (2024, 1, 1),
]
for t in samples:
    try:
        print(f"{t!s:40} asctime={time.asctime(t)!r} strftime={time.strftime('%Y-%m-%d %H:%M:%S %a %j', t)!r}")
    except (ValueError, TypeError) as e:
        print(f"{t!s:40} {type(e).__name__}: {e}")
for call in [lambda: time.sleep(-1), lambda: time.gmtime(float("nan")),
             lambda: time.gmtime(float("inf")), lambda: time.gmtime(10**20), lambda: time.ctime(1e19),
             lambda: time.struct_time((1, 2, 3)), lambda: time.mktime("x"), lambda: time.mktime([2024] * 9),
             lambda: time.asctime((1, 2)), lambda: time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, 0, 0))]:
    try:
        print("ok", call())
    except (ValueError, TypeError, OverflowError) as e:
        print(f"{type(e).__name__}: {e}")
print(time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, 0)), time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, -1)))
print(time.gmtime(-86400)[:6], time.ctime(0), time.asctime(time.gmtime(1e9)))
print(time.struct_time((2024, 5, 6, 7, 8, 9, 0, 127, 0, "CET", 3600)).tm_zone, time.struct_time(range(9)).tm_gmtoff)
