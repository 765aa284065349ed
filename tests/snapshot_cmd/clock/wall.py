import time

start = time.monotonic()
time.sleep(0.2)
elapsed = time.monotonic() - start
# The virtual clock advances by exactly what was slept; real time overshoots.
print("virtual" if round(elapsed, 6) == 0.2 else "real")
