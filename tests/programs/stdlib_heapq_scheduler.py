# A job scheduler that keeps pending jobs in a heap keyed by (priority, seq).
import heapq
import itertools

counter = itertools.count()
queue = []


def submit(priority, name):
    entry = (priority, next(counter), name)
    heapq.heappush(queue, entry)
    print(f"submit {name!r} at priority {priority}: heap = {queue}")


for prio, name in [(3, "backup"), (1, "deploy"), (2, "email"), (1, "hotfix"),
                   (5, "cleanup"), (2, "report"), (0, "page oncall")]:
    submit(prio, name)

print("heap invariant:", all(queue[i] <= queue[c] for i in range(len(queue))
                             for c in (2 * i + 1, 2 * i + 2) if c < len(queue)))
print("next up:", queue[0])
while queue:
    prio, seq, name = heapq.heappop(queue)
    print(f"run {name:12} prio={prio} seq={seq} remaining={len(queue)}")

# heapreplace / heappushpop on a bounded "best so far" list
scores = [72, 95, 61, 88, 79, 93, 55, 99, 84, 70]
top = scores[:3]
heapq.heapify(top)
print("initial top3 heap:", top)
for s in scores[3:]:
    if s > top[0]:
        dropped = heapq.heapreplace(top, s)
        print(f"  {s} replaces {dropped}: {top}")
    else:
        print(f"  {s} ignored")
print("top3:", sorted(top, reverse=True))
print("pushpop small:", heapq.heappushpop(top, 1), top)
print("pushpop big:", heapq.heappushpop(top, 100), top)

try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush((1, 2), 3)
except TypeError as e:
    print("TypeError:", e)
try:
    heapq.heappush([1, 2], "three")
except TypeError as e:
    print("TypeError:", e)
