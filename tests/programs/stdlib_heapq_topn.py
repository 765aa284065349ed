# Top-N queries over records with nlargest/nsmallest, and merging sorted logs.
import heapq

cities = [
    ("Tokyo", 37.4), ("Delhi", 31.0), ("Shanghai", 27.1), ("Sao Paulo", 22.0),
    ("Mexico City", 21.8), ("Dhaka", 21.0), ("Cairo", 20.9), ("Beijing", 20.5),
    ("Mumbai", 20.4), ("Osaka", 19.2), ("Karachi", 16.1), ("Chongqing", 15.9),
]
print(heapq.nlargest(3, cities, key=lambda c: c[1]))
print(heapq.nsmallest(3, cities, key=lambda c: c[1]))
print(heapq.nsmallest(4, cities, key=lambda c: len(c[0])))
print(heapq.nlargest(4, cities, key=lambda c: len(c[0])))
print(heapq.nlargest(2, [c[0] for c in cities]))
print(heapq.nsmallest(1, [5, 3, 3, 9]), heapq.nlargest(1, []), heapq.nsmallest(0, [1, 2]))
print(heapq.nsmallest(10, [4, 1, 3]), heapq.nlargest(-1, [4, 1, 3]))
print(heapq.nsmallest(3, iter([9, 8, 7, 6, 5, 4])), heapq.nlargest(3, range(20), key=lambda x: x % 7))
ties = [("a", 1), ("b", 2), ("c", 1), ("d", 2), ("e", 1)]
print(heapq.nsmallest(2, ties, key=lambda t: t[1]), heapq.nlargest(3, ties, key=lambda t: t[1]))

log_a = [(1, "a: boot"), (4, "a: ready"), (9, "a: stop")]
log_b = [(2, "b: boot"), (4, "b: ready"), (7, "b: tick"), (8, "b: stop")]
log_c = [(3, "c: boot")]
for t, line in heapq.merge(log_a, log_b, log_c):
    print(t, line)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([9, 5, 1], [8, 4], [7, 3, 2], reverse=True)))
print(list(heapq.merge(["bb", "dddd"], ["a", "ccc", "eeeee"], key=len)))
print(list(heapq.merge()), list(heapq.merge([], [1], [])))
evens = (x for x in range(0, 10, 2))
odds = (x for x in range(1, 10, 2))
merged = heapq.merge(evens, odds)
print(next(merged), next(merged), next(merged), list(merged))

# k-th smallest via a heap of all values
values = [31, 7, 19, 3, 44, 12, 25, 3, 18]
h = list(values)
heapq.heapify(h)
print("heapified:", h)
print("sorted by pops:", [heapq.heappop(h) for _ in range(len(values))])
