# The operator module's function forms of every operator, the dunder
# aliases (the same objects), and its errors.
import operator as op


def reduce(f, items):
    items = iter(items)
    acc = next(items)
    for x in items:
        acc = f(acc, x)
    return acc


print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 3), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3), op.pow(2, 100))
print(op.neg(5), op.pos(-5), op.abs(-3.5), op.invert(5), op.inv(0), op.not_([]), op.truth("x"), op.index(True))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 70), op.rshift(-256, 3), op.matmul.__name__)
print(op.eq(1, 1.0), op.ne("a", "a"), op.lt(1, 2), op.le(2, 2), op.gt("b", "a"), op.ge([1], [1, 0]))
print(op.is_(None, None), op.is_not([], []), op.contains("hello", "ell"), op.contains({1: 2}, 2))
print(op.concat([1, 2], [3]), op.concat("ab", "cd"), op.countOf([1, 2, 1, 1.0], 1), op.indexOf("hello", "l"))
d = {"a": 1}
op.setitem(d, "b", 2)
print(op.getitem(d, "b"), op.getitem([10, 20, 30], -1), op.getitem("hello", slice(1, 4)))
op.delitem(d, "a")
print(d, op.length_hint([1, 2, 3]), op.length_hint(iter(range(10))), op.length_hint(object(), 42))
items = [1, 2]
r = op.iadd(items, [3])
print(r, r is items, op.iadd(1, 2), op.imul("ab", 2), op.isub(10, 4), op.ipow(3, 3), op.iconcat([0], (1,)))
print(op.ior({1}, {2}), op.iand(6, 3), op.ixor(6, 3), op.itruediv(9, 2), op.ifloordiv(9, 2), op.imod(9, 4), op.ilshift(1, 3), op.irshift(16, 2))
print(op.__add__ is op.add, op.__lt__(1, 2), op.__not__(1), op.__getitem__("ab", 0), op.__iadd__([1], [2]))
print(op.call(max, 3, 9, 4), op.call(dict, a=1, b=2), op.add, op.__mul__)
print(reduce(op.mul, range(1, 11)), reduce(op.add, ["a", "b", "c"]), list(map(op.neg, [1, -2, 3])))
print(sorted([3, 1, 2], key=op.neg), list(map(op.pow, [2, 3, 4], [3, 2, 1])), list(filter(op.truth, [0, 1, "", "a"])))


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


print(op.add(Vec(1, 2), Vec(3, 4)), op.neg(Vec(1, -1)), op.eq(Vec(1, 1), Vec(1, 1)), op.iadd(Vec(0, 1), Vec(1, 0)))

for expr in ["op.add(1)", "op.add(1, 2, 3)", "op.not_()", "op.neg(1, 2)", "op.add(a=1, b=2)", "op.concat(1, 2)",
             "op.concat([1], 2)", "op.indexOf([1, 2], 3)", "op.index(1.5)", "op.length_hint(5, 'a')", "op.abs('a')",
             "op.neg('a')", "op.truediv(1, 0)", "op.lt(1, 'a')", "op.matmul(1, 2)", "op.contains(5, 2)", "op.countOf(5, 1)",
             "op.getitem({}, 'k')", "op.setitem([1], 5, 2)", "op.sub(5, 'a')"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
