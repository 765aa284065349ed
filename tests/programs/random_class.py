# random.Random instances: independent generators, state save/restore,
# the cached second gauss value, and subclasses that replace the core
# generator (random() alone, or getrandbits()).
import random

a = random.Random(2024)
b = random.Random(2024)
print(a.random() == b.random(), a.randint(1, 100), b.randint(1, 100))
c = random.Random("seed text")
print(c.choice(["x", "y", "z"]), c.sample(range(50), 5))
print(type(a).__name__, isinstance(a, random.Random), random.Random.VERSION)

# getstate / setstate replay the same values.
r = random.Random(99)
state = r.getstate()
first = [r.random() for _ in range(5)]
r.setstate(state)
print(first == [r.random() for _ in range(5)])
version, internal, gauss_next = state
print(version, len(internal), internal[-1], gauss_next)

# gauss() computes two values at a time and caches the second.
g = random.Random(7)
g1 = g.gauss()
print("cached:", g.gauss_next is not None)
s = g.getstate()
g2 = g.gauss()
g.setstate(s)
print(g2 == g.gauss(), g.gauss_next)
g.seed(7)
print(g.gauss() == g1, g.gauss_next is not None)

# The module functions share one hidden instance.
random.seed(5)
x = random.random()
random.seed(5)
print(x == random.random(), random.getstate()[1][:3] != random.Random(6).getstate()[1][:3])


class Constant(random.Random):
    """Overrides random() only: randbelow then uses random(), not getrandbits."""

    def random(self):
        return 0.25


k = Constant(1)
print(k.random(), k.uniform(0, 8), k.randrange(100), k.choice("abcd"), k.randint(1, 10))
print(k.choices("abcd", k=3), k.sample(range(10), 3), k.triangular(0, 4))


class Counting(random.Random):
    """Overrides getrandbits(): randbelow goes through it."""

    def __init__(self, seed):
        self.calls = 0
        super().__init__(seed)

    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)


cr = Counting(3)
plain = random.Random(3)
print([cr.randrange(1000) for _ in range(5)] == [plain.randrange(1000) for _ in range(5)], cr.calls > 0)
deck = list(range(10))
cr.shuffle(deck)
print(deck, cr.calls)


class Dice(random.Random):
    def roll(self, n=2):
        return [self.randint(1, 6) for _ in range(n)]


d = Dice(11)
print(d.roll(), d.roll(5), Dice(11).roll() == Dice(11).roll())

sr = random.SystemRandom()
v = sr.random()
print(0.0 <= v < 1.0, isinstance(sr, random.Random), 0 <= sr.randrange(10) < 10, len(sr.randbytes(4)))
try:
    sr.getstate()
except NotImplementedError as e:
    print("NotImplementedError:", e)
