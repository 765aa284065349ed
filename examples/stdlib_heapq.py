# heapq: a priority queue on an ordinary list. heap[0] is always the
# smallest item; pushing and popping take O(log n).
import heapq

tasks = []
heapq.heappush(tasks, (2, "write report"))
heapq.heappush(tasks, (1, "fix bug"))
heapq.heappush(tasks, (3, "lunch"))
print(tasks[0])                   # the most urgent task

while tasks:
    priority, name = heapq.heappop(tasks)
    print(priority, name)

# heapify turns a list into a heap in place.
nums = [9, 4, 7, 1, 8]
heapq.heapify(nums)
print(nums)

# The n largest/smallest, and a merge of already-sorted inputs.
print(heapq.nlargest(2, [5, 1, 9, 3]), heapq.nsmallest(2, [5, 1, 9, 3]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8])))
