# copy.copy and copy.deepcopy on nested containers and objects.
import copy


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


grid = [[0, 1], [2, 3]]
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)
grid[0].append(99)
print(shallow, deep, shallow is grid, shallow[0] is grid[0], deep[0] is grid[0])

config = {"name": "svc", "ports": [80, 443], "meta": {"tags": {"a", "b"} and ["x"]}}
clone = copy.deepcopy(config)
clone["ports"].append(8080)
clone["meta"]["tags"].append("y")
print(config, clone)

p = Point(1, [2, 3])
q = copy.copy(p)
r = copy.deepcopy(p)
p.y.append(4)
print(p, q, r, q.y is p.y, r.y is p.y)

shared = [1, 2]
pair = [shared, shared]
dup = copy.deepcopy(pair)
print(dup, dup[0] is dup[1], copy.deepcopy((1, 2, 3)), copy.copy("text"))


class Tracked:
    def __init__(self):
        self.copies = 0

    def __copy__(self):
        t = Tracked()
        t.copies = self.copies + 1
        return t


print(copy.copy(copy.copy(Tracked())).copies)
