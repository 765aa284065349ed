# Sorting and aggregating records with operator.itemgetter/attrgetter/methodcaller.
import operator
from functools import reduce
from operator import attrgetter, itemgetter, methodcaller

students = [("ann", "b", 91), ("bob", "a", 78), ("cy", "a", 91), ("dee", "b", 85)]
print(sorted(students, key=itemgetter(2)))
print(sorted(students, key=itemgetter(1, 2)))
print(sorted(students, key=itemgetter(2), reverse=True))
print(list(map(itemgetter(0), students)), itemgetter(0, 2)(students[0]))
print(max(students, key=itemgetter(2)), min(students, key=operator.itemgetter(2)))


class Employee:
    def __init__(self, name, dept, salary):
        self.name = name
        self.dept = dept
        self.salary = salary
        self.address = type("Addr", (), {"city": dept.upper() + "-city"})()

    def __repr__(self):
        return f"Employee({self.name!r})"


staff = [Employee("zed", "ops", 50), Employee("amy", "dev", 70), Employee("kim", "dev", 60)]
print(sorted(staff, key=attrgetter("dept", "salary")))
print(list(map(attrgetter("address.city"), staff)), attrgetter("name", "salary")(staff[0]))
words = ["  Hello ", "World  ", " py "]
print(list(map(methodcaller("strip"), words)), list(map(methodcaller("center", 9, "*"), ["a", "bb"])))
print(methodcaller("split", ",", 1)("a,b,c"), methodcaller("replace", "l", "L", 1)("hello"))
print(repr(itemgetter(1)), repr(attrgetter("a.b")), repr(methodcaller("f", 1, k=2)))
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, [1, 2, 3, 4]), reduce(operator.or_, [1, 2, 4]))
print(list(map(operator.sub, [10, 20], [1, 2])), list(map(operator.neg, [1, -2])))
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 8))
print(operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 2, 1], 1), operator.indexOf("xyz", "z"))
d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d, operator.getitem(d, "b"), operator.length_hint(iter([1, 2, 3])))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.is_(None, None), operator.not_(0), operator.truth([]))
x = [1]
x = operator.iadd(x, [2])
print(x, operator.iconcat("ab", "cd"), operator.ixor(6, 3), operator.index(7), operator.abs(-3))
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
expr = [("+", 3), ("*", 4), ("-", 2), ("/", 5)]
print(reduce(lambda acc, step: ops[step[0]](acc, step[1]), expr, 1))
try:
    itemgetter(5)([1, 2])
except IndexError as e:
    print("IndexError:", e)
try:
    attrgetter("nope")(staff[0])
except AttributeError as e:
    print("AttributeError:", e)
