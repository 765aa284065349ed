# A tiny RPN calculator and query engine dispatching through the operator module.
import operator

BINARY = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
          "//": operator.floordiv, "%": operator.mod, "**": operator.pow, "&": operator.and_,
          "|": operator.or_, "^": operator.xor, "<<": operator.lshift, ">>": operator.rshift}
UNARY = {"neg": operator.neg, "abs": operator.abs, "~": operator.invert, "not": operator.not_}


def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in BINARY:
            b, a = stack.pop(), stack.pop()
            stack.append(BINARY[tok](a, b))
        elif tok in UNARY:
            stack.append(UNARY[tok](stack.pop()))
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    return stack


for e in ["3 4 + 2 *", "2 10 **", "7 2 /", "7 2 //", "-7 2 %", "5 neg abs", "6 3 ^ 1 <<", "12 ~", "0 not", "1.5 2 *"]:
    print(f"{e:12} -> {rpn(e)}")

CMP = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}
rows = [{"name": "ann", "age": 31, "city": "oslo"}, {"name": "bob", "age": 25, "city": "rome"},
        {"name": "cy", "age": 42, "city": "oslo"}]


def where(rows, field, op, value):
    get = operator.itemgetter(field)
    return [r["name"] for r in rows if CMP[op](get(r), value)]


print(where(rows, "age", ">", 30), where(rows, "city", "==", "oslo"), where(rows, "age", "<=", 25))
print(sorted(rows, key=operator.itemgetter("city", "age")))
print(operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("upper")("shout"))
try:
    rpn("1 0 /")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    operator.add(1, "x")
except TypeError as e:
    print("TypeError:", e)
