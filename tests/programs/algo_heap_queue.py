# A binary min-heap written by hand, used for heap sort, k smallest, and a task scheduler with priorities.
class MinHeap:
    def __init__(self, items=()):
        self.a = []
        for x in items:
            self.push(x)

    def push(self, x):
        a = self.a
        a.append(x)
        i = len(a) - 1
        while i > 0 and a[(i - 1) // 2] > a[i]:
            p = (i - 1) // 2
            a[p], a[i] = a[i], a[p]
            i = p

    def pop(self):
        a = self.a
        if not a:
            raise IndexError("pop from empty heap")
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, small = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[small]:
                    small = l
                if r < len(a) and a[r] < a[small]:
                    small = r
                if small == i:
                    break
                a[i], a[small] = a[small], a[i]
                i = small
        return top

    def __len__(self):
        return len(self.a)

    def __bool__(self):
        return bool(self.a)

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
h = MinHeap(data)
print([h.pop() for _ in range(len(h))])
h2 = MinHeap(data)
print("3 smallest:", [h2.pop() for _ in range(3)], "left:", len(h2))
try:
    MinHeap().pop()
except IndexError as e:
    print("IndexError:", e)

tasks = MinHeap()
counter = 0
for priority, name in [(2, "write report"), (1, "fix bug"), (3, "lunch"), (1, "deploy"), (2, "review")]:
    tasks.push((priority, counter, name))  # counter breaks ties in insertion order
    counter += 1
while tasks:
    priority, _, name = tasks.pop()
    print(f"[p{priority}] {name}")
words = MinHeap((len(w), w) for w in "heaps keep the smallest item on top".split())
print([words.pop()[1] for _ in range(4)])
