# Nested loops over a 2-D grid: search with for/else, while loops with index arithmetic, word search.
GRID = [
    "WEFTXQ",
    "AOLPYT",
    "SYNCIA",
    "YTASKS",
    "NAWAIT",
    "CLOOPZ",
]
WORDS = ["WEFT", "SYNC", "TASK", "AWAIT", "LOOP", "ASYNC", "TASKS", "PYTHON"]
DIRECTIONS = {"E": (0, 1), "S": (1, 0), "SE": (1, 1), "W": (0, -1), "N": (-1, 0), "NE": (-1, 1)}

def find(word):
    n = len(GRID)
    for r in range(n):
        for c in range(n):
            for name, (dr, dc) in DIRECTIONS.items():
                rr, cc, i = r, c, 0
                while i < len(word) and 0 <= rr < n and 0 <= cc < n and GRID[rr][cc] == word[i]:
                    rr += dr
                    cc += dc
                    i += 1
                if i == len(word):
                    return r, c, name
    return None

for w in WORDS:
    hit = find(w)
    print(f"{w:<7}", f"at row {hit[0]} col {hit[1]} going {hit[2]}" if hit else "not found")

for r, row in enumerate(GRID):
    for c, ch in enumerate(row):
        if ch == "Z":
            print("first Z at", (r, c))
            break
    else:
        continue
    break

diag = "".join(GRID[i][i] for i in range(len(GRID)))
anti = "".join(GRID[i][-1 - i] for i in range(len(GRID)))
print(diag, anti)
columns = ["".join(row[c] for row in GRID) for c in range(len(GRID[0]))]
print(columns)
vowels = sum(ch in "AEIOU" for row in GRID for ch in row)
print("vowels:", vowels)
