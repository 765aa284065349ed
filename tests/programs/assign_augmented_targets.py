# Augmented assignment on subscripts, attributes and slices: the target expression is evaluated once.
calls = []
def key(k):
    calls.append(k)
    return k

d = {"a": 1}
d[key("a")] += 10
print(d, calls)

class Obj:
    def __init__(self):
        self.count = 0
        self.items = []

def get(o):
    calls.append("get")
    return o

o = Obj()
calls.clear()
get(o).count += 5
get(o).items += ["x"]
print(o.count, o.items, calls)

grid = [[0, 0], [0, 0]]
for r in range(2):
    for c in range(2):
        grid[r][c] += r * 2 + c
        grid[r][c] **= 2
print(grid)

s = "ab"
s += "cd"
s *= 2
print(s)
t = (1, 2)
t += (3,)
t *= 2
print(t)
lst = [1, 2, 3, 4]
lst[1:3] += ["x"]   # slice read, concatenated, slice written back
print(lst)
nums = [5, 6]
nums *= 2
print(nums)
counts = {}
for ch in "hello":
    counts[ch] = counts.get(ch, 0)
    counts[ch] += 1
print(counts)
x = 7
x -= 10; x *= -3; x //= 2; x **= 2; x %= 50
print(x)
b = True
b += 1
print(b, type(b).__name__)
fl = 1
fl /= 4
print(fl, type(fl).__name__)
try:
    undefined_name_abc += 1
except NameError as e:
    print("NameError:", e)
