# Typical uses of random in scripts: dice statistics, a shuffled deck,
# a Monte Carlo estimate, weighted picks and a random walk, all seeded.
import random


def count(items):
    tally = {}
    for item in items:
        tally[item] = tally.get(item, 0) + 1
    return tally


random.seed(2023)

rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(2000)]
counts = count(rolls)
for total in range(2, 13):
    print(f"{total:2d} {'#' * (counts.get(total, 0) // 10)} {counts.get(total, 0)}")

suits = "♠♥♦♣"
ranks = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]
deck = [r + s for s in suits for r in ranks]
random.shuffle(deck)
hands = [deck[i * 5:(i + 1) * 5] for i in range(4)]
for n, hand in enumerate(hands, 1):
    print("hand", n, " ".join(hand))

inside = 0
for _ in range(20000):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print("pi is about", 4 * inside / 20000)

menu = ["pizza", "salad", "soup", "curry"]
weights = [50, 10, 15, 25]
orders = random.choices(menu, weights, k=1000)
print(sorted(count(orders).items()))

position = 0
path = []
for step in range(40):
    position += random.choice((-1, 1))
    path.append(position)
print("walk:", path)
print("max", max(path), "min", min(path))

winners = random.sample(["ann", "bob", "cid", "dee", "eve", "fay", "gus"], k=3)
print("raffle:", winners)
password = "".join(random.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(16))
print("password:", password)
temps = [round(random.gauss(20, 4), 1) for _ in range(10)]
print("temperatures:", temps, "mean", round(sum(temps) / len(temps), 2))
