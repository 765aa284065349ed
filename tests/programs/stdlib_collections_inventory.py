# Inventory tracking with Counter, defaultdict, deque and namedtuple.
from collections import Counter, defaultdict, deque, namedtuple

Item = namedtuple("Item", ["sku", "name", "qty", "price"])
stock = [Item("A1", "bolt", 100, 0.25), Item("B2", "nut", 250, 0.1),
         Item("C3", "washer", 75, 0.05), Item("A1", "bolt", 20, 0.25)]
print(stock[0], stock[0].name, stock[0]._asdict())
print(Item._fields, stock[1]._replace(qty=0))
print(Item._make(["D4", "gear", 3, 12.5]))
totals = Counter()
for it in stock:
    totals[it.sku] += it.qty
print(totals, totals.most_common(2), totals["Z9"])
orders = Counter(["A1", "B2", "A1", "C3", "A1", "B2"])
print(orders, orders.most_common(1), sorted(orders.elements()))
print(totals - orders, totals + orders, orders & Counter(A1=2, C3=5), orders | Counter(C3=4))
orders.update(["C3", "C3"])
orders.subtract({"A1": 1})
print(orders, orders.total(), dict(orders))
by_letter = defaultdict(list)
for it in stock:
    by_letter[it.sku[0]].append(it.name)
print(dict(by_letter), by_letter["Q"], len(by_letter))
counts = defaultdict(int)
for word in "the cat and the hat and the bat".split():
    counts[word] += 1
print(counts)
history = deque(maxlen=3)
for event in ["open", "read", "write", "close", "open"]:
    history.append(event)
    print(list(history))
print(history, history.maxlen)
d = deque([1, 2, 3, 4, 5])
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.appendleft(0)
d.extendleft([-1, -2])
print(d, d.popleft(), d.pop(), d.count(3), d.index(3))
Point = namedtuple("Point", "x y z", defaults=[0])
print(Point(1, 2), Point(1, 2, 3), Point._field_defaults)
p = Point(3, 4)
x, y, z = p
print(x + y + z, p._asdict(), repr(p), type(p).__name__)
