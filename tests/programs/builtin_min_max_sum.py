# min/max with key and default, sum with start, any/all on various iterables.
nums = [4, -7, 2, 9, -1]
print(min(nums), max(nums), min(3, 1, 2), max("apple", "pear", "fig"))
print(min(nums, key=abs), max(nums, key=lambda n: n % 5))
print(max([], default="empty"), min((), default=None), max([1], default=0))
print(min("hello"), max([[1, 2], [1, 3], [0, 9]]), max({"a": 3, "b": 1}))
d = {"a": 3, "b": 7, "c": 5}
print(max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
print(max([1, 3, 3, 2], key=lambda x: x), max([(1, "first"), (1, "second")], key=lambda t: t[0]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
print(sum(nums), sum([]), sum(nums, 100), sum([0.1] * 10), sum([[1], [2, 3]], []))
print(sum(x * x for x in range(4)), sum(range(1, 11)), sum([True, True, False]))
print(sum([1.5, 2.5]), sum([1, 2.0]), type(sum([1, 2])).__name__)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))
print(any(c.isdigit() for c in "abc1"), all(c.islower() for c in "abc"))
print(any({0: "zero key"}), all({1: 0}), any("") , all(""))
calls = []
def check(v):
    calls.append(v)
    return v
print(any(check(v) for v in [0, 0, 1, 0, 1]), calls)
calls.clear()
print(all(check(v) for v in [1, 1, 0, 1]), calls)
print(max(1, 2.5, True), min(-0.0, 0), max(0, -0.0))
