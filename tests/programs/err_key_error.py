# Uncaught KeyError from a dict lookup inside nested calls.
prices = {"apple": 0.5, "bread": 2.25, "milk": 1.2}

def line_total(item, qty):
    return prices[item] * qty

def receipt(order):
    total = 0
    for item, qty in order:
        cost = line_total(item, qty)
        total += cost
        print(f"{item:<8}{qty:>3} x {prices[item]:.2f} = {cost:6.2f}")
    return total

print("total:", receipt([("apple", 4), ("milk", 2)]))
print("total:", receipt([("bread", 1), ("cheese", 1), ("apple", 1)]))
