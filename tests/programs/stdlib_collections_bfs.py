# Breadth-first search on a grid maze with collections.deque, plus a sliding-window average.
from collections import deque, namedtuple

Pos = namedtuple("Pos", "row col")
maze = [
    "S.#.....",
    ".##.###.",
    "....#...",
    "#.#...#E",
]
start = end = None
for r, line in enumerate(maze):
    for c, ch in enumerate(line):
        if ch == "S":
            start = Pos(r, c)
        elif ch == "E":
            end = Pos(r, c)
queue = deque([start])
came_from = {start: None}
while queue:
    cur = queue.popleft()
    if cur == end:
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nxt = Pos(cur.row + dr, cur.col + dc)
        if 0 <= nxt.row < len(maze) and 0 <= nxt.col < len(maze[0]) and maze[nxt.row][nxt.col] != "#" and nxt not in came_from:
            came_from[nxt] = cur
            queue.append(nxt)
path = []
node = end
while node is not None:
    path.append(node)
    node = came_from[node]
path.reverse()
print(len(path) - 1, "steps:", path[:3], "...", path[-2:])
grid = [list(row) for row in maze]
for p in path[1:-1]:
    grid[p.row][p.col] = "*"
print("\n".join("".join(row) for row in grid))

window = deque(maxlen=4)
for reading in [10, 12, 11, 30, 13, 12, 14, 50, 12]:
    window.append(reading)
    print(reading, list(window), round(sum(window) / len(window), 2))
d = deque("abcdef")
d.rotate(1)
print(d, d[0], d[-1], len(d), "c" in d)
d.remove("c")
d.reverse()
print(d, d.copy(), deque(range(3), maxlen=2), repr(deque()))
d.clear()
print(d, bool(d))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
