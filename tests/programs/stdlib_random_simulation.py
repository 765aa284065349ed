# Monte Carlo simulations with a seeded generator: dice, card deals, random walks.
import random

random.seed(2024)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(600)]
hist = {total: rolls.count(total) for total in range(2, 13)}
for total, n in hist.items():
    print(f"{total:2} {n:3} {'#' * (n // 5)}")

suits = "SHDC"
ranks = "23456789TJQKA"
deck = [r + s for s in suits for r in ranks]
random.shuffle(deck)
hands = [deck[i * 5:(i + 1) * 5] for i in range(4)]
for i, hand in enumerate(hands):
    print("hand", i, hand)
print("sample:", random.sample(deck, 7))

pos = 0
path = []
for _ in range(60):
    pos += random.choice((-1, 1))
    path.append(pos)
print("walk:", path)
print("max, min:", max(path), min(path))

inside = sum(1 for _ in range(2000) if random.random() ** 2 + random.random() ** 2 <= 1)
print("pi estimate:", 4 * inside / 2000)

rng = random.Random(99)
print([rng.randrange(0, 100, 5) for _ in range(15)])
print([round(rng.uniform(1.5, 2.5), 6) for _ in range(8)])
print([round(rng.gauss(0, 1), 9) for _ in range(8)])
print(rng.choices(["win", "lose", "draw"], weights=[1, 3, 1], k=20))
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
b = [rng.random() for _ in range(3)]
print(a == b, a)
random.seed("a string seed")
print(random.random(), random.randint(0, 10**9), random.getrandbits(40))
