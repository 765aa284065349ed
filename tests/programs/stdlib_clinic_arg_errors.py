# Argument errors of C functions (re's pattern methods, itertools) as the
# argument clinic words them: keywords count toward "at most".
import itertools
import re

p = re.compile("x")
calls = [
    lambda: p.match("x", 0, 5, pos=1),
    lambda: p.search("x", 0, 1, 2),
    lambda: p.fullmatch("x", pos=0, bogus=1),
    lambda: p.match("x", 0, pos=1),
    lambda: p.match(),
    lambda: itertools.accumulate([1], None, initial=1, func=None),
    lambda: itertools.permutations([1], 2, r=2),
    lambda: itertools.count(1, start=2),
    lambda: itertools.repeat(),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
