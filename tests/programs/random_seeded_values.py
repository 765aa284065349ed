# After random.seed(...) with int, str, bytes and float seeds, every
# function yields CPython's exact sequence (Mersenne Twister, seeding by
# init_by_array, SHA-512 for str seeds, randbelow by rejection).
import random

SEEDS = [0, 42, -7, 2**64 + 3, "hello", "ünïcode ✓", b"bytes seed", 3.14159]


def show(name, values):
    print(f"  {name}: {values}")


for seed in SEEDS:
    random.seed(seed)
    print(f"seed {seed!r}")
    show("random", [random.random() for _ in range(30)])
    show("randint", [random.randint(1, 6) for _ in range(30)])
    show("randint big", [random.randint(-10**12, 10**12) for _ in range(30)])
    show("randrange", [random.randrange(100) for _ in range(30)])
    show("randrange step", [random.randrange(5, 500, 7) for _ in range(30)])
    show("randrange negative", [random.randrange(10, -90, -3) for _ in range(30)])
    show("choice", [random.choice("abcdefghij") for _ in range(30)])
    show("choices", random.choices(["red", "green", "blue"], k=30))
    show("choices weighted", random.choices(range(5), weights=[5, 1, 0, 3, 1], k=30))
    show("choices cumulative", random.choices("xyz", cum_weights=[0.2, 0.7, 1.0], k=30))
    deck = list(range(30))
    random.shuffle(deck)
    show("shuffle", deck)
    show("sample", random.sample(range(1000), 30))
    show("sample list", random.sample(list("abcdefghijklmnopqrstuvwxyz0123456789"), 30))
    show("sample counts", random.sample(["a", "b", "c"], 30, counts=[10, 15, 5]))
    show("uniform", [random.uniform(-5, 5) for _ in range(30)])
    show("triangular", [random.triangular(0, 10, 3) for _ in range(30)])
    show("gauss", [random.gauss(100, 15) for _ in range(30)])
    show("normalvariate", [random.normalvariate() for _ in range(30)])
    show("lognormvariate", [random.lognormvariate(0, 0.5) for _ in range(30)])
    show("expovariate", [random.expovariate(0.25) for _ in range(30)])
    show("vonmisesvariate", [random.vonmisesvariate(1.0, 4.0) for _ in range(30)])
    show("gammavariate", [random.gammavariate(a, 2.0) for a in [0.5, 1.0, 3.0] * 10])
    show("betavariate", [random.betavariate(2, 5) for _ in range(30)])
    show("paretovariate", [random.paretovariate(3) for _ in range(30)])
    show("weibullvariate", [random.weibullvariate(1, 1.5) for _ in range(30)])
    show("getrandbits", [random.getrandbits(k) for k in range(0, 120, 4)])
    show("randbytes", random.randbytes(30))

# Version 1 seeding of str and bytes, and big or negative int seeds.
for seed in ["legacy", b"legacy"]:
    random.seed(seed, version=1)
    print("version 1", repr(seed), [random.random() for _ in range(5)])
for seed in [2**200 + 1, -(2**100), 10**30]:
    random.seed(seed)
    print("big seed", [random.randrange(10**40) for _ in range(3)])
