# Ctrl-C wakes time.sleep with KeyboardInterrupt, which can be caught.
import time

print("ready", flush=True)
try:
    time.sleep(30)
except KeyboardInterrupt:
    print("caught KeyboardInterrupt")
