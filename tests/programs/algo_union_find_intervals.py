# Union-find with path compression for connectivity, and merging of overlapping intervals.
class DisjointSet:
    def __init__(self, n):
        self.parent = list(range(n))
        self.size = [1] * n

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return True

ds = DisjointSet(10)
edges = [(0, 1), (2, 3), (1, 2), (5, 6), (3, 0), (7, 8), (8, 9), (9, 7)]
for a, b in edges:
    print(f"union({a}, {b}) ->", ds.union(a, b))
groups = {}
for x in range(10):
    groups.setdefault(ds.find(x), []).append(x)
print(sorted(groups.values()))
print(ds.find(3) == ds.find(0), ds.find(4) == ds.find(5))

def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(m) for m in merged]

print(merge_intervals([(1, 3), (2, 6), (8, 10), (15, 18)]))
print(merge_intervals([(1, 4), (4, 5)]), merge_intervals([]), merge_intervals([(5, 7), (1, 2), (2, 4)]))
meetings = [(9, 10), (9.5, 11), (13, 14), (10.5, 12)]
busy = merge_intervals(meetings)
free = [(a[1], b[0]) for a, b in zip(busy, busy[1:])]
print("busy:", busy, "free:", free)
