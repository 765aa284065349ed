# game_of_life.py -- Conway's Game of Life on an unbounded board.
#
# Shows: sets of (row, column) tuples, dict counting, set comprehensions,
# generators of neighbours, and rendering with join().

PATTERNS = {
    "glider": [".#.", "..#", "###"],
    "blinker": ["###"],
    "toad": [".###", "###."],
}


def parse(rows):
    return {(r, c) for r, line in enumerate(rows) for c, ch in enumerate(line) if ch == "#"}


def neighbours(cell):
    r, c = cell
    return [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]


def step(live):
    counts = {}
    for cell in live:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    # Birth with exactly 3 neighbours; survival with 2 or 3.
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def render(live, top, left, height, width):
    return "\n".join(
        "".join("█" if (r, c) in live else "·" for c in range(left, left + width))
        for r in range(top, top + height)
    )


board = parse(PATTERNS["glider"])
for generation in range(4):
    print(f"glider, generation {generation}:")
    print(render(board, 0, 0, 5, 5))
    board = step(board)

for name in ("blinker", "toad"):
    start = {(r + 1, c + 1) for r, c in parse(PATTERNS[name])}
    period = 1
    state = step(start)
    while state != start:
        state = step(state)
        period += 1
    print(f"{name} is an oscillator with period {period}")

# After 4 generations a glider is the same shape, moved one cell diagonally.
g = parse(PATTERNS["glider"])
g4 = step(step(step(step(g))))
print("glider moved by (1, 1):", g4 == {(r + 1, c + 1) for r, c in g})
