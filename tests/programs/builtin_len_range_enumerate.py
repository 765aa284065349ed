# len, range (all forms), enumerate (with start) and zip (uneven lengths, strict).
print(len("hello"), len([1, 2]), len((1,)), len({}), len({1, 2, 2}), len(range(10)), len(b"ab"))
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(5, 5)), list(range(5, 0)), list(range(-3, 3)), list(range(0, -10, -4)))
r = range(1, 20, 4)
print(r, len(r), r[0], r[-1], 9 in r, 10 in r, r.index(13), r.count(5))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5))
print(list(reversed(range(4))), sum(range(101)), max(range(7)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)

fruits = ["apple", "banana", "cherry"]
for i, f in enumerate(fruits):
    print(i, f)
print(list(enumerate(fruits, start=1)), list(enumerate("ab", 10)))
e = enumerate("xyz")
print(next(e), next(e), list(e))

names = ["ann", "bob", "cyd"]
ages = [31, 25, 40, 99]
print(list(zip(names, ages)))
print(list(zip(names, ages, "XYZ")))
print(list(zip()), list(zip([1, 2])))
print(dict(zip(names, ages)))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
for i, (n, a) in enumerate(zip(names, ages)):
    print(f"{i}: {n} is {a}")
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
