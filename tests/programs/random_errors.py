# The random module's errors, worded as CPython words them.
import random

random.seed(0)
cases = [
    lambda: random.randrange(5, 5),
    lambda: random.randrange(0),
    lambda: random.randrange(-3),
    lambda: random.randrange(1, 10, 0),
    lambda: random.randrange(10, 1, 2),
    lambda: random.randrange(1.5),
    lambda: random.randrange(0, 10.5),
    lambda: random.randrange(0, 10, 1.5),
    lambda: random.randrange(5, step=2),
    lambda: random.randint(10, 1),
    lambda: random.randint(1),
    lambda: random.choice([]),
    lambda: random.choice(""),
    lambda: random.choice({1: "a"}),
    lambda: random.sample([1, 2], 3),
    lambda: random.sample([1, 2], -1),
    lambda: random.sample({1, 2}, 1),
    lambda: random.sample([1, 2, 3], 2, counts=[1, 1]),
    lambda: random.sample([1, 2], 2, counts=[0, 0]),
    lambda: random.sample([1, 2], 2, counts=[1.5, 1]),
    lambda: random.choices([1, 2], [1]),
    lambda: random.choices([1, 2], 3),
    lambda: random.choices([1], [0]),
    lambda: random.choices([1], weights=[1], cum_weights=[1]),
    lambda: random.choices([1, 2], cum_weights=[1, float("inf")]),
    lambda: random.choices([], k=2),
    lambda: random.getrandbits(-1),
    lambda: random.getrandbits(2.5),
    lambda: random.getrandbits(),
    lambda: random.random(1),
    lambda: random.gauss(1, 2, 3),
    lambda: random.uniform(1),
    lambda: random.shuffle((1, 2, 3)),
    lambda: random.expovariate(0),
    lambda: random.gammavariate(-1, 1),
    lambda: random.seed([1, 2]),
    lambda: random.Random(1, 2),
    lambda: random.Random(a=1),
    lambda: random.setstate((1, 2, 3)),
    lambda: random.setstate((3, (1, 2), None)),
    lambda: random.randbytes(-1),
    lambda: random.sample(range(10), k=11),
]
for i, case in enumerate(cases):
    try:
        print(i, "returned", case())
    except Exception as e:
        print(i, type(e).__name__ + ":", e)

print(random.choices([], k=0), random.sample([], 0), random.randrange(1), random.randint(3, 3))
empty = []
random.shuffle(empty)
print(empty, random.getrandbits(0))
