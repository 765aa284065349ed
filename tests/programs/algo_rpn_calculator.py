# A reverse-Polish calculator with a stack, an operator table of lambdas, and error handling.
OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "^": lambda a, b: a ** b,
}

class RPNError(Exception):
    pass

def evaluate(expr):
    stack = []
    for token in expr.split():
        if token in OPS:
            if len(stack) < 2:
                raise RPNError(f"not enough operands for {token!r}")
            b, a = stack.pop(), stack.pop()
            try:
                stack.append(OPS[token](a, b))
            except ZeroDivisionError as e:
                raise RPNError(f"{a} {token} {b}: {e}") from e
        elif token == "dup":
            stack.append(stack[-1])
        elif token == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            try:
                stack.append(int(token))
            except ValueError:
                try:
                    stack.append(float(token))
                except ValueError:
                    raise RPNError(f"unknown token {token!r}") from None
    if len(stack) != 1:
        raise RPNError(f"leftover stack {stack}")
    return stack[0]

tests = ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^ dup *", "7 2 /", "7 2 //", "-7 2 %",
         "1.5 2 swap -", "2 100 ^", "1 0 /", "1 +", "1 2", "4 x *"]
for t in tests:
    try:
        print(f"{t:<22} = {evaluate(t)}")
    except RPNError as e:
        cause = f" (caused by {type(e.__cause__).__name__})" if e.__cause__ else ""
        print(f"{t:<22} ! {e}{cause}")
