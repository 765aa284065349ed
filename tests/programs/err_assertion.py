# Uncaught AssertionError with a message, after assertions that pass.
def transfer(balances, src, dst, amount):
    assert amount > 0, "amount must be positive"
    assert src in balances and dst in balances, f"unknown account in {src}->{dst}"
    balances[src] -= amount
    balances[dst] += amount
    assert balances[src] >= 0, f"{src} is overdrawn by {-balances[src]}"
    return balances

b = {"a": 100, "b": 50}
print(transfer(b, "a", "b", 30))
print(transfer(b, "b", "a", 80))
try:
    transfer(b, "a", "zz", 1)
except AssertionError as e:
    print("rejected:", e)
try:
    transfer(b, "a", "b", -5)
except AssertionError as e:
    print("rejected:", e)
print("total still", sum(b.values()))
print(transfer(b, "a", "b", 500))
