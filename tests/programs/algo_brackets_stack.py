# Stack-based algorithms: balanced brackets with error positions, and the shunting-yard algorithm.
PAIRS = {")": "(", "]": "[", "}": "{"}

def check_brackets(text):
    stack = []
    for pos, ch in enumerate(text):
        if ch in "([{":
            stack.append((ch, pos))
        elif ch in PAIRS:
            if not stack:
                return f"unexpected {ch!r} at {pos}"
            opener, opos = stack.pop()
            if opener != PAIRS[ch]:
                return f"mismatch {opener!r} at {opos} closed by {ch!r} at {pos}"
    if stack:
        ch, pos = stack[-1]
        return f"unclosed {ch!r} at {pos}"
    return "balanced"

for t in ["(a[b]{c})", "([)]", "((x)", "x)", "", "{[()()]}[]"]:
    print(f"{t!r:<14} {check_brackets(t)}")

PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
RIGHT = {"^"}

def to_postfix(tokens):
    out, ops = [], []
    for tok in tokens:
        if tok.isalnum():
            out.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != "(" and (
                PREC[ops[-1]] > PREC[tok] or (PREC[ops[-1]] == PREC[tok] and tok not in RIGHT)
            ):
                out.append(ops.pop())
            ops.append(tok)
    while ops:
        out.append(ops.pop())
    return " ".join(out)

for expr in ["a + b * c", "( a + b ) * c", "a ^ b ^ c", "a - b - c", "3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3"]:
    print(f"{expr:<32} -> {to_postfix(expr.split())}")
