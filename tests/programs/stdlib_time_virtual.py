# Timing code and formatting timestamps with the time module.
import time

start = time.monotonic()
pc = time.perf_counter()
pc_ns = time.perf_counter_ns()
for step in range(3):
    time.sleep(0.25)
    print("step", step, "elapsed", round(time.monotonic() - start, 2))
print("perf_counter advanced:", round(time.perf_counter() - pc, 2))
print("perf_counter_ns advanced:", (time.perf_counter_ns() - pc_ns) // 10**6, "ms")
print("monotonic_ns type:", type(time.monotonic_ns()).__name__, type(time.time()).__name__)

ts = 1_234_567_890
g = time.gmtime(ts)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday)
for fmt in ["%Y-%m-%d", "%H:%M:%S", "%d/%m/%y", "%A %B %d", "%a %b %e", "%I:%M %p",
            "%j", "%U %W", "%y%m%d-%H%M", "%%", "%c", "%x", "%X"]:
    print(repr(fmt), "->", time.strftime(fmt, g))
print(time.asctime(g))
print(time.gmtime(0))
print(time.strftime("%Y", time.gmtime(86400 * 365.25 * 30)))
st = time.gmtime(1709214300)
print(st.tm_yday, st.tm_wday, tuple(st)[:6], time.strftime("%Y-%m-%d %H:%M:%S", st))
print(time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0)).tm_wday)
