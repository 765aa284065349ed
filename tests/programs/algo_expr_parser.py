# A recursive-descent parser for arithmetic building tuples as an AST, evaluated with match.
def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        c = text[i]
        if c.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            tokens.append(int(text[i:j]))
            i = j
        else:
            if not c.isspace():
                tokens.append(c)
            i += 1
    return tokens

class Parser:
    def __init__(self, text):
        self.tokens = tokenize(text)
        self.pos = 0

    def peek(self): return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self):
        self.pos += 1
        return self.tokens[self.pos - 1] if self.pos <= len(self.tokens) else None

    def expr(self):   # expr := term (('+'|'-') term)*
        node = self.term()
        while self.peek() in ("+", "-"):
            node = (self.take(), node, self.term())
        return node

    def term(self):   # term := power (('*'|'/') power)*
        node = self.power()
        while self.peek() in ("*", "/"):
            node = (self.take(), node, self.power())
        return node

    def power(self):  # power := unary ('^' power)?   (right associative)
        base = self.unary()
        if self.peek() == "^":
            self.take()
            return ("^", base, self.power())
        return base

    def unary(self):
        if self.peek() == "-":
            self.take()
            return ("neg", self.unary())
        return self.atom()

    def atom(self):
        tok = self.take()
        if tok == "(":
            node = self.expr()
            if self.take() != ")":
                raise SyntaxError("expected )")
            return node
        if isinstance(tok, int):
            return tok
        raise SyntaxError(f"unexpected token {tok!r}")

def evaluate(node):
    match node:
        case int(n): return n
        case ("neg", x): return -evaluate(x)
        case ("+", a, b): return evaluate(a) + evaluate(b)
        case ("-", a, b): return evaluate(a) - evaluate(b)
        case ("*", a, b): return evaluate(a) * evaluate(b)
        case ("/", a, b): return evaluate(a) / evaluate(b)
        case ("^", a, b): return evaluate(a) ** evaluate(b)

for text in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4 - 1", "2 * (3 + 4) * -(1 - 6)", "(1 + 2"]:
    try:
        tree = Parser(text).expr()
        print(f"{text:<24} {tree!s:<40} = {evaluate(tree)}")
    except SyntaxError as e:
        print(f"{text:<24} SyntaxError: {e}")
