# tokenizer.py -- split source code into tokens.
#
# Shows: a generator that walks a string by index, str predicates
# (isdigit, isalpha, isspace), dict lookups and raising errors with positions.

KEYWORDS = {"if", "else", "while", "return", "def"}
OPERATORS = ["==", "!=", "<=", ">=", "+", "-", "*", "/", "=", "<", ">", "(", ")", ":", ","]


class TokenError(Exception):
    pass


def tokenize(source):
    """Yield (kind, text, column) triples."""
    i = 0
    while i < len(source):
        ch = source[i]
        if ch.isspace():
            i += 1
            continue
        start = i
        if ch.isdigit():
            while i < len(source) and (source[i].isdigit() or source[i] == "."):
                i += 1
            yield "NUMBER", source[start:i], start
        elif ch.isalpha() or ch == "_":
            while i < len(source) and (source[i].isalnum() or source[i] == "_"):
                i += 1
            word = source[start:i]
            yield ("KEYWORD" if word in KEYWORDS else "NAME"), word, start
        elif ch in "\"'":
            end = source.find(ch, i + 1)
            if end == -1:
                raise TokenError(f"unterminated string starting at column {start}")
            i = end + 1
            yield "STRING", source[start:i], start
        else:
            # try two-character operators before one-character ones
            for op in OPERATORS:
                if source.startswith(op, i):
                    i += len(op)
                    yield "OP", op, start
                    break
            else:
                raise TokenError(f"unexpected {ch!r} at column {start}")


line = 'def area(w, h): return w * h if w >= 0 else "negative"'
for kind, text, col in tokenize(line):
    print(f"{col:>3}  {kind:<8} {text}")

for bad in ['x = "oops', "total = price @ 2"]:
    try:
        list(tokenize(bad))
    except TokenError as e:
        print(f"{bad!r}: {e}")
