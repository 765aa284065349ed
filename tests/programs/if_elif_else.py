# if/elif/else chains, truthiness of built-in values, nested conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

print([classify(n) for n in (-5, 0, 7, 42, 1000)])

values = [0, 1, -1, 0.0, 2.5, "", "a", [], [0], (), (None,), {}, {"k": 0},
          set(), {0}, None, True, False, range(0), range(1), b"", b"x"]
for v in values:
    if v:
        print(repr(v), "is truthy")
    else:
        print(repr(v), "is falsy")

def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)

print(" ".join(fizzbuzz(i) for i in range(1, 16)))

x, y = 3, -2
if x > 0:
    if y > 0:
        print("quadrant I")
    else:
        print("quadrant IV")
if x: print("one-line if body")
if not y < 0: print("not printed")
else: print("one-line else body")

class Falsy:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 0
print("Falsy" if Falsy() else "custom __bool__ false", "Sized" if Sized() else "custom __len__ zero")
