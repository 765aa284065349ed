import sys
print("hello from a new test")
print("and a warning", file=sys.stderr)
sys.exit(3)
