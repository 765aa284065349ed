# for/else: search loops, nested loops and else after an empty iterable.
def first_negative(values):
    for index, value in enumerate(values):
        if value < 0:
            print("found", value, "at", index)
            break
    else:
        print("no negatives in", values)

first_negative([3, 1, -4, 1, -5])
first_negative([2, 7, 1])
first_negative([])

primes = []
for n in range(2, 40):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)

for ch in "":
    print("unreachable")
else:
    print("empty string loop else")

for i in range(3):
    for j in range(3):
        if i + j == 3:
            print("break inner at", i, j)
            break
    else:
        print("inner completed for i =", i)
        continue
    print("after inner break, i =", i)

def loop_with_return(items):
    for item in items:
        if item == "stop":
            return "returned early"
    else:
        return "else reached"

print(loop_with_return(["a", "stop", "b"]))
print(loop_with_return(["a", "b"]))
