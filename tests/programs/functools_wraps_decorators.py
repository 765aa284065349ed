# Writing decorators with functools.wraps and update_wrapper.
import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"{func.__name__} returned {result!r}")
        return result
    return wrapper

@logged
def add(a, b):
    "Add two numbers."
    return a + b

add(2, 3)
print(add.__name__, add.__doc__, add.__qualname__, add.__module__, add.__wrapped__(1, 1))

def repeat(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate

@repeat(3)
def greet(name):
    """Say hello."""
    return f"hi {name}"

print(greet("ann"), greet.__name__, greet.__doc__)

def counted(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return functools.update_wrapper(wrapper, func)

@counted
def square(x):
    return x * x

square(2); square(3)
print(square.calls, square.__name__, square.__wrapped__.__name__)

def tagged(func):
    func.tag = "important"
    return func

@logged
@tagged
def work():
    return "done"

work()
print(work.tag, work.__name__)

class Memo:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.seen = {}

    def __call__(self, n):
        if n not in self.seen:
            self.seen[n] = self.func(n)
        return self.seen[n]

@Memo
def triple(n):
    "Multiply by three."
    return 3 * n

print(triple(4), triple(4), triple.__name__, triple.__doc__, triple.seen)

def timer_stub(func=None, *, label="t"):
    if func is None:
        return functools.partial(timer_stub, label=label)
    @functools.wraps(func)
    def inner(*a):
        return f"[{label}] {func(*a)}"
    return inner

@timer_stub
def one():
    return 1

@timer_stub(label="x")
def two():
    return 2

print(one(), two(), one.__name__, two.__name__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

def only(func):
    @functools.wraps(func, assigned=("__name__",))
    def w():
        return func()
    return w

@only
def named():
    "doc"

print(named.__name__, named.__doc__)
