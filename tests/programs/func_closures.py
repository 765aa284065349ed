# Closures: captured variables, late binding, and independent cells.
def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())

def make_multipliers():
    return [lambda x: x * i for i in range(4)]

print([m(10) for m in make_multipliers()])

def make_multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(4)]

print([m(10) for m in make_multipliers_fixed()])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed before call"
    return middle()

print(outer()())

def accumulator():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add

acc = accumulator()
for v in [3, 4, 5]:
    print(acc(v), end=" ")
print()

def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))
print(c1.__closure__ is not None, len(c1.__closure__))
