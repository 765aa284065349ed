# Generating test data: ids, passwords and weighted picks with random after seed.
import random
import string

random.seed(12345)
alphabet = string.ascii_letters + string.digits + "!@#$%"
for _ in range(10):
    pw = "".join(random.choice(alphabet) for _ in range(12))
    print(pw)
print("".join(random.choices(string.hexdigits.lower(), k=32)))
names = ["ana", "bo", "cy", "dee", "eli", "fay", "gus", "hal"]
for _ in range(6):
    team = random.sample(names, 3)
    print(team)
copy = names[:]
random.shuffle(copy)
print(copy)
print([random.randrange(1000, 9999) for _ in range(12)])
print([random.randint(-5, 5) for _ in range(20)])
print(random.choices(range(4), cum_weights=[1, 2, 6, 10], k=16))
print([round(random.triangular(10, 20), 4) for _ in range(6)])
print([round(random.expovariate(1.5), 5) for _ in range(6)])
print(random.randbytes(8).hex())
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample(names, 20)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError:", e)
