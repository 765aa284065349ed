# global and nonlocal declarations, and how they differ from plain locals.
counter = 0
items = []

def bump():
    global counter
    counter += 1
    items.append(counter)

for _ in range(3):
    bump()
print(counter, items)

def create_global():
    global created
    created = "made inside a function"

create_global()
print(created)

def shadow():
    counter = 99
    return counter

print(shadow(), counter)

def outer():
    level = "outer"
    def middle():
        nonlocal level
        level = "middle"
        def inner():
            nonlocal level
            level += "+inner"
        inner()
        return level
    result = middle()
    return result, level

print(outer())

def global_and_nonlocal():
    x = "local x"
    def g():
        global x
        x = "global x"
    def h():
        nonlocal x
        x = "nonlocal x"
    g()
    before = x
    h()
    return before, x

print(global_and_nonlocal(), x)

def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    counter = 5

unbound()
a, b = 1, 2
def multi():
    global a, b
    a, b = b, a
multi()
print(a, b)
