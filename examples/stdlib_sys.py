# sys: the interpreter itself — its version, arguments, streams and exit.
import sys

print(sys.version_info[:2] >= (3, 11))  # weft reports Python 3.11
print(sys.argv[0].endswith("stdlib_sys.py"))
print(sys.maxsize == 2 ** 63 - 1)

# Errors and diagnostics conventionally go to standard error.
print("a warning for the user", file=sys.stderr)

# sys.exit raises SystemExit; its argument becomes the exit status.
try:
    sys.exit(2)
except SystemExit as e:
    print("exit status would be", e.code)
