# operator: Python's operators as functions, handy as sort keys and with
# map/reduce instead of small lambdas.
import operator
from functools import reduce

pairs = [("pear", 3), ("apple", 7), ("fig", 1)]
print(sorted(pairs, key=operator.itemgetter(1)))  # sort by the second item
print(list(map(operator.itemgetter(0), pairs)))

print(reduce(operator.mul, [1, 2, 3, 4, 5]))      # 5!
print(operator.add(2, 3), operator.neg(4), operator.contains([1, 2], 2))


class Person:
    def __init__(self, name, age):
        self.name, self.age = name, age


people = [Person("Cy", 40), Person("Al", 25)]
print([p.name for p in sorted(people, key=operator.attrgetter("age"))])
print(list(map(operator.methodcaller("upper"), ["a", "b"])))
