# Parsing and reformatting timestamps from a log with time.strptime/strftime,
# and computing durations between entries (calendar.timegm-style arithmetic).
import time

log = """2024-03-09 23:58:10 start backup
2024-03-10 00:02:45 backup done
10/Mar/2024:01:15:00 nightly report sent
Sun Mar 10 02:00:00 2024 rotate logs
2024-03-10T02:30:00+0000 heartbeat
bad line without a date"""

FORMATS = ["%Y-%m-%d %H:%M:%S", "%d/%b/%Y:%H:%M:%S", "%a %b %d %H:%M:%S %Y", "%Y-%m-%dT%H:%M:%S%z"]


def parse(line):
    for fmt in FORMATS:
        for cut in range(len(line), 0, -1):
            try:
                return time.strptime(line[:cut].strip(), fmt), line[cut:].strip()
            except ValueError:
                continue
    raise ValueError(f"no timestamp in {line!r}")


def epoch(t):
    # Seconds since 1970 for a UTC struct_time, without the local zone.
    days = (t.tm_year - 1970) * 365 + (t.tm_year - 1969) // 4 + t.tm_yday - 1
    return days * 86400 + t.tm_hour * 3600 + t.tm_min * 60 + t.tm_sec


previous = None
for line in log.splitlines():
    try:
        t, message = parse(line)
    except ValueError as e:
        print("skip:", e)
        continue
    stamp = time.strftime("%a %d %b %Y %H:%M:%S", t)
    gap = "" if previous is None else f" (+{epoch(t) - previous}s)"
    print(f"{stamp} wday={t.tm_wday} yday={t.tm_yday:3}  {message}{gap}")
    previous = epoch(t)

print(time.strptime("2024-02-29", "%Y-%m-%d")[:3], time.strptime("1 1 2023", "%w %U %Y")[:3])
print(tuple(time.strptime("12:30 PM", "%I:%M %p")), time.strptime("31 Dec 99", "%d %b %y").tm_year)
for text, fmt in [("2024-02-30", "%Y-%m-%d"), ("2024/01/01", "%Y-%m-%d"), ("2024-01-01 10:00", "%Y-%m-%d"), ("x", "%Y %Q")]:
    try:
        time.strptime(text, fmt)
    except ValueError as e:
        print("ValueError:", e)
print(epoch(time.gmtime(1700000000)) == 1700000000, time.gmtime(epoch(time.strptime("2000-01-01", "%Y-%m-%d")))[:6])
