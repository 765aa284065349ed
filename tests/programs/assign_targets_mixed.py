# Assignment to attributes, subscripts and slices, and in loops and withs.
class Node:
    def __init__(self):
        self.children = []
        self.meta = {}

n = Node()
n.value = 5
n.meta["color"] = "red"
n.children[:] = [1, 2, 3]
n.children[1:2] = ["a", "b", "c"]
print(n.value, n.meta, n.children)

grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    grid[i][i] = 1
    grid[i][2 - i] += 2
for row in grid:
    print(row)

d = {}
for d["key"] in ["first", "second", "last"]:
    pass
print(d)

obj = Node()
for obj.value in range(4):
    pass
print(obj.value)

matrix = {}
matrix[1, 2] = "tuple key"
matrix[(3, 4)] = "also tuple"
print(matrix)
print(matrix[1, 2], matrix[3, 4])

nums = list(range(10))
nums[::2] = [x * 10 for x in range(5)]
print(nums)
nums[-3:] = []
print(nums)
try:
    nums[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
