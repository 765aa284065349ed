# A tokenizer built from one regular expression with named alternatives.
import re

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("STRING", r'"(?:[^"\\]|\\.)*"'),
    ("ASSIGN", r"="),
    ("END", r";"),
    ("ID", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/<>]=?|=="),
    ("LPAREN", r"\("),
    ("RPAREN", r"\)"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("COMMENT", r"\#.*"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in TOKEN_SPEC))
KEYWORDS = {"if", "then", "endif", "for", "next", "print"}


def tokenize(code):
    line = 1
    line_start = 0
    for m in MASTER.finditer(code):
        kind = m.lastgroup
        value = m.group()
        column = m.start() - line_start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "ID" and value in KEYWORDS:
            kind = value.upper()
        elif kind == "NEWLINE":
            line_start = m.end()
            line += 1
            continue
        elif kind in ("SKIP", "COMMENT"):
            continue
        elif kind == "MISMATCH":
            print(f"  unexpected {value!r} on line {line}")
            continue
        yield kind, value, line, column


program = '''total = 0  # running sum
for i = 1 to 10
    total = total + i * 2.5;
next
if total >= 100 then print "big \\"total\\"" endif
x = y @ 3;
'''
for token in tokenize(program):
    print(token)

# A scanner that walks the text with match(text, pos).
SCAN = re.compile(r"\s*(?:(\d+)|(\w+)|(.))")


def scan(text):
    pos = 0
    out = []
    while pos < len(text):
        m = SCAN.match(text, pos)
        if m is None or m.end() == pos:
            break
        number, word, other = m.groups()
        out.append(("num", number) if number else ("word", word) if word else ("sym", other))
        pos = m.end()
    return out


print(scan("sum(12, abc) + 7 "))

# Arithmetic tokens with findall.
print(re.findall(r"\d+\.?\d*|[-+*/()]", "3.5*(12 - 4)/2"))
print(re.findall(r"[A-Za-z]+|\d+|\S", "x1 = foo(42)+bar;"))

# CSV fields, quotes included.
FIELD = re.compile(r'\s*(?:"((?:[^"]|"")*)"|([^,]*))\s*(?:,|$)')
row = 'alpha, "beta, gamma", "say ""hi""", , delta'
fields = []
pos = 0
while pos <= len(row):
    m = FIELD.match(row, pos)
    if not m or m.end() == pos:
        break
    quoted, plain = m.groups()
    fields.append(quoted.replace('""', '"') if quoted is not None else plain)
    pos = m.end()
print(fields)

# Positions are in characters, also for non-ASCII text.
for m in re.finditer(r"\w+", "naïve café — déjà vu"):
    print(m.group(), m.span())

# The iterator is lazy and can be stopped early.
it = re.finditer(r"\d", "a1b2c3")
print(next(it).group(), next(it).span())
print([m.group() for m in it])
