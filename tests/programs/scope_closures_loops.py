# Closures created in loops, nonlocal counters, function attributes and closures over parameters.
handlers = {}
for name in ["start", "stop", "pause"]:
    def handler(name=name):
        return f"handling {name}"
    handlers[name] = handler
print([h() for h in handlers.values()])

late = []
for i in range(3):
    late.append(lambda: i)
print([f() for f in late], "all see the final i")

def make_bank(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError("insufficient")
        balance -= amount
        return balance
    def get():
        return balance
    return deposit, withdraw, get

dep, wd, get = make_bank(10)
print(dep(5), wd(3), get())
try:
    wd(100)
except ValueError as e:
    print("ValueError:", e, get())

def counter_factory():
    counts = 0
    def inc():
        nonlocal counts
        counts += 1
        inc.calls = counts
        return counts
    inc.calls = 0
    return inc

c = counter_factory()
for _ in range(4):
    c()
print(c.calls, c.__name__, c.__qualname__)

def nested_levels():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a, b
            a, b = a * 10, b * 10
            return a + b
        return level3
    f = level2()
    return f(), f(), a

print(nested_levels())
def cell_shared():
    x = 0
    def read():
        return x
    def write(v):
        nonlocal x
        x = v
    return read, write
r, w = cell_shared()
w(42)
print(r(), [cell.cell_contents for cell in r.__closure__])
