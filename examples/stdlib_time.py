# time: measuring durations and formatting timestamps.
#
# Durations come from time.monotonic() (never goes backwards) or
# time.perf_counter() (highest resolution); time.sleep() pauses. Under
# `weft run --clock virtual` sleeping costs no real time, and the output
# below is the same on every run.
import time

start = time.monotonic()
time.sleep(0.5)  # pretend to do half a second of work
elapsed = time.monotonic() - start
print(f"work took {elapsed:.1f}s")

# A fixed timestamp (seconds since 1970-01-01 UTC) broken into fields.
moment = time.gmtime(1_700_000_000)
print(moment.tm_year, moment.tm_mon, moment.tm_mday)

# strftime formats a struct_time with % codes.
print(time.strftime("%Y-%m-%d %H:%M:%S", moment))
print(time.strftime("%A, %d %B %Y", moment))
