# Sliding windows, queues and rotations with collections.deque.
from collections import deque

# Moving average over a window of 3.
window = deque(maxlen=3)
for x in [10, 20, 30, 40, 50, 60]:
    window.append(x)
    print(list(window), sum(window) / len(window))
print(window, window.maxlen)

# Keep the last N lines.
def tail(lines, n=2):
    return deque(lines, n)

print(tail(["one", "two", "three", "four"]))
print(deque("abcdef", maxlen=0), deque(maxlen=2, iterable="xyz"))

# A breadth-first search with a queue.
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}

def bfs(start, goal):
    queue = deque([(start, [start])])
    seen = {start}
    while queue:
        node, path = queue.popleft()
        if node == goal:
            return path
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append((nxt, path + [nxt]))
    return None

print(bfs("a", "f"))

# Round-robin scheduling with rotate.
tasks = deque(["A", "B", "C", "D"])
for _ in range(3):
    print(tasks[0], end=" ")
    tasks.rotate(-1)
print()
tasks.rotate(2)
print(tasks)
tasks.rotate(-5)
print(tasks)

# Palindromes from both ends.
def is_palindrome(word):
    d = deque(c.lower() for c in word if c.isalnum())
    while len(d) > 1:
        if d.popleft() != d.pop():
            return False
    return True

for w in ["Racecar", "A man, a plan, a canal: Panama", "python"]:
    print(w, is_palindrome(w))

# Sliding window maximum (monotonic deque).
def window_max(nums, k):
    q, out = deque(), []
    for i, n in enumerate(nums):
        while q and nums[q[-1]] <= n:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            out.append(nums[q[0]])
    return out

print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))

history = deque(maxlen=4)
for cmd in ["ls", "cd", "make", "test", "git"]:
    history.appendleft(cmd)
print(history, list(reversed(history)))
