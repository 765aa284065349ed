# map, filter, sorted (key, reverse, stability), reversed and list.sort.
nums = [5, -3, 8, 0, -1, 7]
print(list(map(abs, nums)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(str.upper, ["a", "bc"])), list(map(int, "123")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(lambda n: n > 0, nums)))
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs))
print(sorted(nums, key=lambda n: (n % 2, n)))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
records = [("b", 2), ("a", 2), ("c", 1), ("d", 1)]
print(sorted(records, key=lambda r: r[1]))  # stable: original order kept for ties
print(sorted("hello"), sorted({3: "x", 1: "y"}), sorted((3, 1, 2)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))))
print("".join(reversed("stressed")))
lst = [3, 1, 2]
result = lst.sort()
print(result, lst)
lst.sort(key=lambda x: -x)
print(lst)
m = map(lambda x: x * 10, range(3))
print(next(m), list(m), list(m))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]))
print(sorted([0.5, -1, 3, 2.25, True]))
