# collections: specialised containers.
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

# Counter counts hashable things.
votes = Counter(["red", "blue", "red", "green", "red", "blue"])
print(votes.most_common(2))

# defaultdict makes missing keys on first use.
by_length = defaultdict(list)
for word in ["a", "to", "be", "cat"]:
    by_length[len(word)].append(word)
print(dict(by_length))

# deque: fast appends and pops at both ends; maxlen keeps the last few.
recent = deque(maxlen=3)
for page in ["home", "news", "sport", "weather"]:
    recent.append(page)
print(recent)

# namedtuple: a tuple with field names.
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x + p.y, p._asdict())

# OrderedDict can move keys to either end.
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od)
