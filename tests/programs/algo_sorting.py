# Sorting algorithms written by hand: quicksort, merge sort, insertion sort, checked against sorted().
def quicksort(items):
    if len(items) <= 1:
        return items
    pivot, *rest = items
    smaller = [x for x in rest if x < pivot]
    larger = [x for x in rest if x >= pivot]
    return quicksort(smaller) + [pivot] + quicksort(larger)

def merge_sort(items):
    if len(items) < 2:
        return list(items)
    mid = len(items) // 2
    left, right = merge_sort(items[:mid]), merge_sort(items[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i]); i += 1
        else:
            merged.append(right[j]); j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged

def insertion_sort(items):
    a = list(items)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        yield seed % 1000

gen = lcg(42)
data = [next(gen) for _ in range(20)]
print("data:     ", data)
for fn in (quicksort, merge_sort, insertion_sort):
    result = fn(data)
    print(f"{fn.__name__:<15}", result == sorted(data), result[:5])
print(quicksort(list("sorting")), merge_sort([3.5, -1, 2]), insertion_sort([]))
words = "the quick brown fox jumps over the lazy dog".split()
print(merge_sort(words))
print(sorted(words, key=lambda w: (-len(w), w)))
