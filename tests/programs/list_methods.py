# list methods: append, extend, insert, remove, pop, index, count, sort, reverse, copy, clear, and operators.
lst = [3, 1, 4]
lst.append(1); print(lst)
lst.extend([5, 9]); print(lst)
lst.extend("ab"); print(lst)
lst.insert(0, "start"); lst.insert(100, "end"); lst.insert(-1, "before end"); print(lst)
lst.remove("a"); print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
print(lst.index(1), lst.index(1, 2), lst.count(1), lst.count(7))
nums = [n for n in lst if isinstance(n, int)]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
nums.reverse(); print(nums)
copy = nums.copy()
copy.append(100)
print(nums, copy, nums == copy[:-1])
copy.clear(); print(copy)
try:
    nums.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    nums.index(42)
except ValueError as e:
    print("ValueError:", e)
print([1, 2] + [3], [0] * 4, [[0]] * 2, 2 * [1, 2], [1, 2] * 0)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid, "shared rows!")
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
print([1, 2, 3] == [1, 2, 3], [1, 2] != [2, 1], [1, [2]] == [1, [2]], [] < [0])
print(list.__name__, len([None] * 3), [1, 2, 3][-1], [1, 2, 3][::-1])
stack = []
stack.append(1); stack.append(2); print(stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue)
print(sorted([3, 1, 2]) is not None, max([3, 1, 2]), [1, 2, 3].__len__())
