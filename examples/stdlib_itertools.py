# itertools: building blocks for lazy iteration.
import itertools

# Infinite iterators must be cut short, here with islice.
print(list(itertools.islice(itertools.count(10, 5), 4)))

# chain joins iterables; accumulate keeps running totals.
print(list(itertools.chain([1, 2], (3, 4))))
print(list(itertools.accumulate([1, 2, 3, 4])))

# groupby groups *consecutive* equal keys, so sort first.
words = sorted(["apple", "avocado", "banana", "blueberry", "cherry"])
for letter, group in itertools.groupby(words, key=lambda w: w[0]):
    print(letter, list(group))

# Combinatorics.
print(list(itertools.product("ab", repeat=2)))
print(list(itertools.combinations([1, 2, 3], 2)))
print(list(itertools.permutations("xyz", 2)))
