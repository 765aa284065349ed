# The time module on the virtual clock: sleep advances time instantly; struct_time and strftime.
import time
t0 = time.time(); m0 = time.monotonic()
time.sleep(1.5)
print(round(time.time() - t0, 3), time.monotonic() - m0, time.perf_counter() >= 1.5)
t = time.gmtime(1700000000.5)
print(t, t.tm_year, t[0], t.tm_zone, len(t), tuple(t)[:3])
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %p %Z", t), time.asctime(t), time.ctime(1700000000))
print(time.mktime(t), time.strftime("%H:%M"), time.localtime().tm_year, time.time_ns() // 10**9)
print(time.struct_time((2023, 1, 2, 3, 4, 5, 6, 7, 0)))
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
