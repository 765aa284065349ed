# itemgetter, attrgetter and methodcaller: sort keys, several items at
# once (a tuple), dotted attribute paths, method calls with arguments,
# their reprs and their errors.
from operator import itemgetter, attrgetter, methodcaller

rows = [("carol", 31, "paris"), ("alice", 25, "rome"), ("bob", 31, "oslo"), ("dave", 19, "rome")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(2, 0)))
print(list(map(itemgetter(0), rows)), itemgetter(-1)("xyz"), itemgetter(slice(1, 3))("hello"))
print(itemgetter("name", "age")({"name": "eve", "age": 40, "x": 0}), itemgetter(0, 0)([7]))


class Address:
    def __init__(self, city):
        self.city = city


class Person:
    def __init__(self, name, age, city):
        self.name, self.age, self.address = name, age, Address(city)

    def greet(self, greeting="Hello", punct="!"):
        return f"{greeting}, {self.name}{punct}"

    def __repr__(self):
        return f"Person({self.name!r})"


people = [Person(n, a, c) for n, a, c in rows]
print(sorted(people, key=attrgetter("age", "name")))
print([attrgetter("address.city")(p) for p in people])
print(attrgetter("name", "address.city")(people[0]), attrgetter("real", "imag")(3 + 4j))
print(list(map(methodcaller("greet"), people[:2])), methodcaller("greet", "Hi", punct="?")(people[3]))
print(methodcaller("split", ",", maxsplit=1)("a,b,c"), methodcaller("upper")("abc"), sorted(["b", "A", "c"], key=methodcaller("lower")))

for g in [itemgetter(1), itemgetter(1, "a", None), attrgetter("x"), attrgetter("a.b", "c"),
          methodcaller("f"), methodcaller("f", 1, "x", key=[2], flag=True)]:
    print(repr(g), type(g).__name__)
print(type(itemgetter(0)), itemgetter)

for expr in ["itemgetter()", "itemgetter(1)([1, 2], 3)", "itemgetter(1)(obj=1)", "itemgetter(5)([1])",
             "itemgetter('k')({})", "attrgetter()", "attrgetter(1)", "attrgetter('a', 2)", "attrgetter('nope')(1)",
             "attrgetter('address.zip')(people[0])", "methodcaller()", "methodcaller(1)", "methodcaller('f')(None)",
             "methodcaller('greet', 1, 2, 3)(people[0])"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
