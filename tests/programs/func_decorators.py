# Decorators: plain, stacked, with arguments, and preserving metadata by hand.
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    wrapper.__name__ = func.__name__
    return wrapper

def trace(func):
    depth = [0]
    def wrapper(*args):
        print("  " * depth[0] + f"-> {func.__name__}{args}")
        depth[0] += 1
        result = func(*args)
        depth[0] -= 1
        print("  " * depth[0] + f"<- {result}")
        return result
    return wrapper

@shout
def hello(name):
    return f"hello {name}"

print(hello("world"), hello.__name__)

@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

fact(4)

def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def roll(x):
    return x * 2

print(roll(5))

registry = {}
def register(name):
    def deco(func):
        registry[name] = func
        return func
    return deco

@register("add")
def add(a, b):
    return a + b

@register("mul")
def mul(a, b):
    return a * b

print({name: f(6, 7) for name, f in registry.items()})

@shout
@repeat(2)
def word():
    return "ok"

try:
    print(word())
except AttributeError as e:
    print("AttributeError:", e)

# Decorator expressions can be any expression (PEP 614)
decorators = [shout, trace]
@decorators[0]
def last():
    return "any expression"
print(last())
