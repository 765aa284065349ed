# sys.exit(3) ends the program with exit status 3 after running finally blocks.
import sys

def check(values):
    bad = [v for v in values if v < 0]
    print("checked", len(values), "values,", len(bad), "negative")
    return not bad

try:
    if check([1, 2, 3]):
        print("first batch ok")
    if not check([4, -5, 6, -7]):
        print("second batch failed, exiting with status 3")
        sys.exit(3)
    print("not reached")
finally:
    print("finally runs before exit")
print("not reached either")
