# lambda: anonymous functions with defaults, *args, closures, in sort keys and maps.
square = lambda x: x * x
add = lambda a, b=10: a + b
variadic = lambda *args, **kw: (args, kw)
noargs = lambda: "nothing"
print(square(7), add(1), add(1, 2), variadic(1, 2, k=3), noargs())
print(square.__name__, (lambda: 0).__name__)

people = [("ann", 31), ("bob", 25), ("cyd", 31), ("dee", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(list(map(lambda p: p[0].title(), people)))
print(list(filter(lambda p: p[1] > 20, people)))

ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
}
for sym in ops:
    print(f"8 {sym} 2 =", ops[sym](8, 2))

compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(4))
print((lambda x, y: x ** y)(2, 10))
print((lambda *, key: key)(key="kw-only"), (lambda a, /, b: a - b)(5, b=2))
conditional = lambda n: "even" if n % 2 == 0 else "odd"
print([conditional(n) for n in range(4)])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(10))
