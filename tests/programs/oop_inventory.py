# An inventory kept in nested dicts: restocking, orders that may fail, reports with sorting and formatting.
inventory = {
    "widget": {"price": 2.50, "qty": 10, "tags": ["metal", "small"]},
    "gadget": {"price": 12.00, "qty": 3, "tags": ["electronic"]},
    "doohickey": {"price": 0.75, "qty": 0, "tags": []},
}

class OutOfStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, have {have}")

def restock(item, qty, price=None):
    entry = inventory.setdefault(item, {"price": price or 0.0, "qty": 0, "tags": []})
    entry["qty"] += qty
    if price is not None:
        entry["price"] = price

def order(lines):
    for item, qty in lines:
        if item not in inventory:
            raise KeyError(item)
        have = inventory[item]["qty"]
        if have < qty:
            raise OutOfStock(item, qty, have)
    total = 0.0
    for item, qty in lines:
        inventory[item]["qty"] -= qty
        total += inventory[item]["price"] * qty
    return total

def report():
    print(f"{'item':<12}{'price':>8}{'qty':>5}{'value':>9}  tags")
    for name, e in sorted(inventory.items(), key=lambda kv: (-kv[1]["qty"], kv[0])):
        print(f"{name:<12}{e['price']:>8.2f}{e['qty']:>5}{e['price'] * e['qty']:>9.2f}  {','.join(e['tags']) or '-'}")
    total = sum(e["price"] * e["qty"] for e in inventory.values())
    print(f"{'TOTAL':<25}{total:>9.2f}")

report()
for lines in [[("widget", 4), ("gadget", 1)], [("gadget", 5)], [("sprocket", 1)], [("widget", 6)]]:
    try:
        print("order total:", f"{order(lines):.2f}")
    except OutOfStock as e:
        print("out of stock:", e)
    except KeyError as e:
        print("unknown item:", e)
restock("doohickey", 100)
restock("sprocket", 7, price=3.10)
report()
low = [name for name, e in inventory.items() if e["qty"] < 5]
print("low stock:", low)
by_tag = {}
for name, e in inventory.items():
    for tag in e["tags"] or ["untagged"]:
        by_tag.setdefault(tag, []).append(name)
print(dict(sorted(by_tag.items())))
