# SystemExit is a BaseException: 'except Exception' does not catch it; it can be caught explicitly.
import sys

try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))

def run():
    try:
        print("running, then exiting with 3")
        sys.exit(3)
    except Exception:
        print("not caught by except Exception")
    finally:
        print("cleanup in finally")

try:
    sys.exit()
except SystemExit as e:
    print("no-argument exit code:", e.code)
run()
print("never printed")
