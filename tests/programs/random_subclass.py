# Subclasses of random.Random that replace parts of the generator: the
# other methods go through the replacements exactly as Lib/random.py's
# do (seed() from __init__, _randbelow chosen by __init_subclass__).
import random


class Logged(random.Random):
    def seed(self, a=None, version=2):
        print("  seed called with", repr(a))
        super().seed(a, version)


lg = Logged(10)
print("Logged:", lg.random(), lg.randint(1, 6))
lg.seed("again")
print("Logged again:", lg.random())


class Last(random.Random):
    """Its own _randbelow: always the last choice."""

    def _randbelow(self, n):
        return n - 1


last = Last(3)
deck = [1, 2, 3, 4]
last.shuffle(deck)
print("Last:", last.choice("abc"), last.randrange(10), last.randrange(0, 100, 10), last.sample(range(5), 3), last.randint(1, 6), deck)


class Zero(random.Random):
    """getrandbits() always 0: randbelow always picks 0, random() unchanged."""

    def getrandbits(self, k):
        return 0


z = Zero(1)
print("Zero:", z.randrange(10), z.choice("xyz"), z.sample("hello", 3), z.random())


class Fixed(random.Random):
    """random() alone: randbelow is derived from it."""

    def __init__(self, value):
        super().__init__(0)
        self.value = value

    def random(self):
        return self.value


for v in [0.0, 0.3, 0.999]:
    f = Fixed(v)
    print("Fixed", v, f.randrange(7), f.choice("abcdefg"), f.uniform(10, 20), f.choices("ab", [1, 3], k=4),
          f.triangular(0, 1, 0.5), f.expovariate(2), f.sample(range(20), 4))


class Counter(random.Random):
    def __init__(self, seed):
        self.bits_calls = 0
        super().__init__(seed)

    def getrandbits(self, k):
        self.bits_calls += 1
        return super().getrandbits(k)


c = Counter(42)
plain = random.Random(42)
print("Counter:", [c.randrange(1000) for _ in range(8)] == [plain.randrange(1000) for _ in range(8)], c.bits_calls)
print("gauss pair:", random.Random(5).gauss(), Counter(5).gauss())
