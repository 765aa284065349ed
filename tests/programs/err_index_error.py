# Uncaught IndexError from reading past the end of a list in a loop.
def moving_sum(values, window):
    out = []
    for start in range(len(values)):
        total = 0
        for offset in range(window):
            total += values[start + offset]
        out.append(total)
        print("window at", start, "sum", total)
    return out

def safe_moving_sum(values, window):
    return [sum(values[i:i + window]) for i in range(len(values) - window + 1)]

data = [1, 2, 3, 4, 5]
print(moving_sum(data, 1))
print(safe_moving_sum(data, 3))
print(data[-1], data[len(data) - 1])
moving_sum(data, 3)
print("not reached")
