# functools: tools for working with functions.
import functools


# lru_cache remembers results, turning exponential recursion linear.
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())


# wraps copies the wrapped function's name and docstring onto the wrapper.
def shout(func):
    @functools.wraps(func)
    def wrapper(*args):
        return func(*args).upper()
    return wrapper


@shout
def greet(name):
    """Say hello."""
    return f"hello, {name}"


print(greet("ada"), greet.__name__, greet.__doc__)

# partial fixes some arguments; reduce folds a sequence into one value.
parse_hex = functools.partial(int, base=16)
print(parse_hex("ff"), functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]))
