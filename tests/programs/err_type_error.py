# Uncaught TypeError with CPython's message for adding int and str.
def total_length(items):
    total = 0
    for item in items:
        total = total + item
        print("running total", total)
    return total

print(total_length([1, 2, 3]))
try:
    len(42)
except TypeError as e:
    print("handled:", e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print("handled:", e)
print(total_length([]))
print(total_length([10, 20, "30", 40]))
print("not reached")
