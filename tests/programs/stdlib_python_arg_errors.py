# Functions CPython writes in Python (re's module functions, random's
# methods) word their argument errors as Python functions do: keyword
# problems before too many positionals, "was" for one, and a serial comma
# in a list of three or more missing arguments.
import random
import re

calls = [
    ("re.sub()", lambda: re.sub()),
    ("re.sub('a')", lambda: re.sub("a")),
    ("re.sub('a', 'b')", lambda: re.sub("a", "b")),
    ("re.purge(1)", lambda: re.purge(1)),
    ("re.escape(1, 2)", lambda: re.escape(1, 2)),
    ("re.escape(1, 2, x=3)", lambda: re.escape(1, 2, x=3)),
    ("re.escape(1, pattern=2)", lambda: re.escape(1, pattern=2)),
    ("re.split('a', 'b', 0, 0, 0)", lambda: re.split("a", "b", 0, 0, 0)),
    ("re.compile()", lambda: re.compile()),
    ("random.Random().sample()", lambda: random.Random().sample()),
    ("random.Random().sample([1])", lambda: random.Random().sample([1])),
    ("random.Random().sample([1], 1, 2)", lambda: random.Random().sample([1], 1, 2)),
    ("random.Random().sample([1], 1, 2, z=1)", lambda: random.Random().sample([1], 1, 2, z=1)),
    ("random.Random().sample([1], 1, counts=None, k=1)", lambda: random.Random().sample([1], 1, counts=None, k=1)),
    ("random.Random().randrange()", lambda: random.Random().randrange()),
    ("random.Random().choices()", lambda: random.Random().choices()),
    ("random.Random().shuffle()", lambda: random.Random().shuffle()),
]
for text, call in calls:
    try:
        call()
        print(text, "-> no error")
    except TypeError as e:
        print(text, "->", e)
