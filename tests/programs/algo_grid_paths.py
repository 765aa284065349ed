# Dynamic programming on grids: unique paths, minimum path sum, flood fill and a maze BFS.
def unique_paths(rows, cols):
    dp = [[1] * cols for _ in range(rows)]
    for r in range(1, rows):
        for c in range(1, cols):
            dp[r][c] = dp[r - 1][c] + dp[r][c - 1]
    return dp[-1][-1]

print([unique_paths(n, n) for n in range(1, 8)], unique_paths(18, 18))

grid = [
    [1, 3, 1, 2],
    [1, 5, 1, 9],
    [4, 2, 1, 1],
]
def min_path_sum(g):
    rows, cols = len(g), len(g[0])
    best = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if r == 0 and c == 0:
                best[r][c] = g[r][c]
            else:
                up = best[r - 1][c] if r else float("inf")
                left = best[r][c - 1] if c else float("inf")
                best[r][c] = g[r][c] + min(up, left)
    return best[-1][-1]
print("min path sum:", min_path_sum(grid))

MAZE = """\
#########
#S..#...#
#.#.#.#.#
#.#...#.#
#.#####.#
#...#..E#
#########"""
maze = [list(row) for row in MAZE.splitlines()]
start = next((r, c) for r, row in enumerate(maze) for c, ch in enumerate(row) if ch == "S")
end = next((r, c) for r, row in enumerate(maze) for c, ch in enumerate(row) if ch == "E")
prev = {start: None}
frontier = [start]
while frontier:
    nxt = []
    for r, c in frontier:
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            p = (r + dr, c + dc)
            if maze[p[0]][p[1]] != "#" and p not in prev:
                prev[p] = (r, c)
                nxt.append(p)
    frontier = nxt
node = prev[end]
length = 1
while node != start:
    maze[node[0]][node[1]] = "*"
    node = prev[node]
    length += 1
print("path length:", length)
print("\n".join("".join(row) for row in maze))
