# random: reproducible pseudo-random numbers.
#
# Seeding makes every run produce the same sequence, which is what tests and
# simulations want. weft's generator is the same Mersenne Twister as
# CPython's, so these numbers match CPython's exactly.
import random

random.seed(42)
print(random.random())            # a float in [0, 1)
print(random.randint(1, 6))       # a die roll, both ends included
print(random.choice(["rock", "paper", "scissors"]))

deck = list(range(1, 11))
random.shuffle(deck)              # shuffles in place
print(deck)
print(random.sample(deck, 3))     # three distinct picks
print(random.choices("HT", k=8))  # eight picks with replacement

# An independent generator with its own state.
rng = random.Random(7)
print(rng.uniform(0, 100))
