# calculator.py -- evaluate arithmetic with a recursive-descent parser.
#
# Shows: a class holding parser state, mutual recursion between methods
# that mirror a grammar, exceptions for bad input, and ** as right-associative.
#
# Grammar:
#   expr   := term (("+" | "-") term)*
#   term   := factor (("*" | "/" | "%") factor)*
#   factor := ("-" factor) | power
#   power  := atom ("**" factor)?
#   atom   := NUMBER | "(" expr ")"


class Calc:
    def __init__(self, text):
        self.tokens = text.replace("**", " ^ ").replace("(", " ( ").replace(")", " ) ")
        for op in "+-*/%":
            self.tokens = self.tokens.replace(op, f" {op} ")
        self.tokens = self.tokens.split()
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def eat(self, expected=None):
        token = self.peek()
        if token is None or (expected and token != expected):
            raise SyntaxError(f"expected {expected or 'a value'}, found {token or 'end of input'}")
        self.pos += 1
        return token

    def parse(self):
        value = self.expr()
        if self.peek() is not None:
            raise SyntaxError(f"unexpected {self.peek()!r}")
        return value

    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            value = value + self.term() if self.eat() == "+" else value - self.term()
        return value

    def term(self):
        value = self.factor()
        while self.peek() in ("*", "/", "%"):
            op = self.eat()
            rhs = self.factor()
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value

    def factor(self):
        if self.peek() == "-":
            self.eat()
            return -self.factor()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek() == "^":
            self.eat()
            return base ** self.factor()
        return base

    def atom(self):
        if self.peek() == "(":
            self.eat("(")
            value = self.expr()
            self.eat(")")
            return value
        token = self.eat()
        return float(token) if "." in token else int(token)


for text in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "7 / 2", "7 % 3 + 0.5",
             "2 ** 100", "((4))", "1 / 0", "2 +", "3 4", "abc"]:
    try:
        print(f"{text:<14} = {Calc(text).parse()}")
    except (SyntaxError, ZeroDivisionError, ValueError) as e:
        print(f"{text:<14} ! {type(e).__name__}: {e}")
