# inventory.py -- a shop inventory kept in dictionaries.
#
# Shows: nested dicts, dict methods (get, setdefault, items, pop),
# comprehensions that build reports, and formatted totals.

inventory = {
    "apple": {"price": 0.40, "stock": 120, "category": "fruit"},
    "banana": {"price": 0.25, "stock": 0, "category": "fruit"},
    "bread": {"price": 2.10, "stock": 15, "category": "bakery"},
    "cheese": {"price": 5.75, "stock": 8, "category": "dairy"},
    "milk": {"price": 1.15, "stock": 30, "category": "dairy"},
}


def sell(item, quantity):
    entry = inventory.get(item)
    if entry is None:
        return f"no such item: {item}"
    if entry["stock"] < quantity:
        return f"only {entry['stock']} {item} left"
    entry["stock"] -= quantity
    return f"sold {quantity} {item} for {quantity * entry['price']:.2f}"


def restock(item, quantity, price=None, category="misc"):
    entry = inventory.setdefault(item, {"price": price or 0.0, "stock": 0, "category": category})
    entry["stock"] += quantity
    return f"{item}: now {entry['stock']} in stock"


for action in [("sell", "apple", 20), ("sell", "banana", 1), ("sell", "cheese", 10),
               ("sell", "caviar", 1), ("restock", "banana", 50), ("sell", "banana", 6)]:
    kind, item, qty = action
    print(sell(item, qty) if kind == "sell" else restock(item, qty))

print(restock("eggs", 24, price=0.30, category="dairy"))

# Reports built with comprehensions
value = {name: e["price"] * e["stock"] for name, e in inventory.items()}
print()
print(f"{'item':<8}{'stock':>6}{'value':>9}")
for name in sorted(value, key=value.get, reverse=True):
    print(f"{name:<8}{inventory[name]['stock']:>6}{value[name]:>9.2f}")
print(f"{'total':<14}{sum(value.values()):>9.2f}")

categories = {}
for name, e in inventory.items():
    categories.setdefault(e["category"], []).append(name)
print()
for category, names in sorted(categories.items()):
    print(f"{category}: {', '.join(sorted(names))}")

out_of_stock = [name for name, e in inventory.items() if e["stock"] == 0]
print("out of stock:", out_of_stock or "nothing")
removed = inventory.pop("cheese")
print("discontinued cheese, had", removed["stock"], "left;", len(inventory), "items remain")
