# A command-line tool's use of sys: argv, version checks, stderr, exit codes.
import sys


def main(argv):
    print("program:", argv[0].rsplit("/", 1)[-1], "args:", argv[1:])
    if sys.version_info < (3, 8):
        print("too old", file=sys.stderr)
        return 2
    print("version ok:", sys.version_info[:2] >= (3, 11), sys.version_info.major, sys.version_info.minor)
    print(type(sys.version_info).__name__, len(sys.version_info), sys.version.startswith("3.11"))
    print(sys.maxsize == 2**63 - 1, sys.platform in ("linux", "darwin", "win32"), sys.byteorder)
    print(sys.getrecursionlimit(), "__main__" in sys.modules, "sys" in sys.modules)
    print(sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit in (15, 30))
    print(type(sys.path).__name__, isinstance(sys.argv, list), sys.stdin is not None)
    sys.stdout.write("written directly\n")
    print("to stderr", file=sys.stderr)
    sys.stdout.flush()
    return 0


status = main(sys.argv)
print("status", status)
try:
    sys.exit("fatal: missing input")
except SystemExit as e:
    print("SystemExit code:", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit code:", e.code)
sys.exit(3)
