# A tokenizer written as a generator over characters, classifying with match and str methods.
KEYWORDS = {"let", "if", "else", "print"}

def tokenize(src):
    i, line = 0, 1
    while i < len(src):
        ch = src[i]
        match ch:
            case " " | "\t":
                i += 1
            case "\n":
                line += 1
                i += 1
            case "#":
                while i < len(src) and src[i] != "\n":
                    i += 1
            case '"':
                j = src.index('"', i + 1)
                yield ("STRING", src[i + 1:j], line)
                i = j + 1
            case _ if ch.isdigit():
                j = i
                while j < len(src) and (src[j].isdigit() or src[j] == "."):
                    j += 1
                text = src[i:j]
                yield ("NUMBER", float(text) if "." in text else int(text), line)
                i = j
            case _ if ch.isalpha() or ch == "_":
                j = i
                while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                    j += 1
                word = src[i:j]
                yield ("KEYWORD" if word in KEYWORDS else "NAME", word, line)
                i = j
            case _ if src.startswith(("==", "!=", "<=", ">="), i):
                yield ("OP", src[i:i + 2], line)
                i += 2
            case "+" | "-" | "*" | "/" | "=" | "<" | ">" | "(" | ")" | "{" | "}" | ";":
                yield ("OP", ch, line)
                i += 1
            case _:
                raise SyntaxError(f"unexpected character {ch!r} on line {line}")

program = '''let x = 42;  # the answer
let name_2 = "weft";
if x >= 10 { print(x * 2.5); } else { print("small"); }
'''
for kind, value, line in tokenize(program):
    print(f"{line}: {kind:<8}{value!r}")
try:
    list(tokenize("let y = 3 @ 4;"))
except SyntaxError as e:
    print("SyntaxError:", e)
counts = {}
for kind, _, _ in tokenize(program):
    counts[kind] = counts.get(kind, 0) + 1
print(counts)
