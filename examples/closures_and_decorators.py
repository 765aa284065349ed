# closures_and_decorators.py -- functions that build and wrap other functions.
#
# Shows: nested functions, closures over variables, nonlocal, decorators with
# and without arguments, *args/**kwargs forwarding.


def make_counter():
    count = 0

    def counter():
        nonlocal count  # rebind the variable of the enclosing function
        count += 1
        return count

    return counter


c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), "|", c2())  # each closure has its own `count`


def logged(func):
    """A decorator: takes a function, returns a wrapped version."""
    def wrapper(*args, **kwargs):
        arguments = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        result = func(*args, **kwargs)
        print(f"{func.__name__}({', '.join(arguments)}) = {result!r}")
        return result
    return wrapper


@logged
def area(width, height=1):
    return width * height


area(3, 4)
area(5, height=2)


def retry(times):
    """A decorator factory: retry(3) returns the actual decorator."""
    def decorator(func):
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return func(*args)
                except ValueError as e:
                    print(f"  attempt {attempt} failed: {e}")
            return None
        return wrapper
    return decorator


attempts = iter(["bad", "bad", "42"])


@retry(times=3)
def read_number():
    return int(next(attempts))


print("read:", read_number())


def memoize(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print("fib(80) =", fib(80))
