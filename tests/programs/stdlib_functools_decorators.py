# Writing decorators with functools.wraps; partial application; reduce; total_ordering.
import functools
import operator


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"call {func.__name__}{args} {kwargs}")
        result = func(*args, **kwargs)
        print(f"  -> {result!r}")
        return result
    return wrapper


def retry(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return func(*args)
                except ValueError as e:
                    print(f"  attempt {attempt} failed: {e}")
            return None
        return wrapper
    return decorate


@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b


add(2, b=3)
print(add.__name__, add.__doc__, add.__qualname__, add.__wrapped__.__name__)

calls = []


@retry(3)
def parse(text):
    calls.append(text)
    if len(calls) < 3:
        raise ValueError(f"bad {text!r}")
    return int(text)


print(parse("42"), parse.__name__)

power = functools.partial(pow, 2)
print([power(n) for n in range(8)])
base2 = functools.partial(int, base=2)
print(base2("1011"), base2("111111"), base2.func, base2.args, base2.keywords)
greet = functools.partial(print, "hello", sep=", ")
greet("world")
print(functools.reduce(operator.mul, range(1, 8)))
print(functools.reduce(lambda acc, w: acc + len(w), ["a", "bb", "ccc"], 0))
print(functools.reduce(max, [3, 9, 2, 7]))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"


vs = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3"]]
print(sorted(vs))
print(Version("1.2") <= Version("1.2"), Version("2.0") > Version("1.99"), Version("1.0") >= Version("1.1"))


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("  computing area")
        return 3.14159 * self.r ** 2


c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
del c.area
print(c.area)
