# Conway's Game of Life on a set of (row, col) cells; a glider and a blinker over several generations.
def neighbours(cell):
    r, c = cell
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                yield r + dr, c + dc

def step(live):
    counts = {}
    for cell in live:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in live)}

def render(live, rows, cols):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(cols)) for r in range(rows))

def parse(pattern):
    return {(r, c) for r, line in enumerate(pattern.splitlines()) for c, ch in enumerate(line) if ch == "#"}

glider = parse(".#.\n..#\n###")
board = glider
for gen in range(5):
    print(f"generation {gen}: {len(board)} cells, bounding box {min(board)}..{max(board)}")
    print(render(board, 6, 6))
    board = step(board)
blinker = parse("###")
shifted = {(r + 1, c) for r, c in blinker}
b2 = step(step(shifted))
print("blinker period 2:", b2 == shifted, sorted(step(shifted)))
block = parse("##\n##")
print("block is still life:", step(block) == block)
