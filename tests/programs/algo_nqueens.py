# Backtracking: N-queens solutions counted and one board drawn; subset-sum search.
def solve_queens(n):
    solutions = []
    cols = []
    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
                cols.append(c)
                place(row + 1)
                cols.pop()
    place(0)
    return solutions

for n in range(1, 8):
    print(n, "queens:", len(solve_queens(n)), "solutions")
first = solve_queens(6)[0]
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(6)))

def subset_sum(nums, target):
    found = []
    def search(i, chosen, total):
        if total == target:
            found.append(tuple(chosen))
            return
        if i == len(nums) or total > target:
            return
        chosen.append(nums[i])
        search(i + 1, chosen, total + nums[i])
        chosen.pop()
        search(i + 1, chosen, total)
    search(0, [], 0)
    return found

print(subset_sum([3, 34, 4, 12, 5, 2], 9))
print(subset_sum([1, 2, 3, 4, 5], 10))
