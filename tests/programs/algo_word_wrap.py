# Text utilities: greedy word wrap, full justification, centring a title box.
TEXT = ("Weft is a small, fast, Python-compatible scripting language with async at its heart. "
        "A script that runs on weft prints what CPython prints for it, only sooner.")

def wrap(text, width):
    lines, current = [], []
    length = 0
    for word in text.split():
        if current and length + 1 + len(word) > width:
            lines.append(" ".join(current))
            current, length = [word], len(word)
        else:
            length += len(word) + (1 if current else 0)
            current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines

def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]

for width in (30, 45):
    print(f"--- width {width} ---")
    lines = wrap(TEXT, width)
    for line in lines[:-1]:
        print("|" + justify(line, width) + "|")
    print("|" + lines[-1].ljust(width) + "|")

def boxed(title, width=40):
    inner = width - 2
    return "\n".join(["+" + "-" * inner + "+", "|" + title.center(inner) + "|", "+" + "-" * inner + "+"])
print(boxed("weft"))
print(boxed("odd", 9))
print(wrap("supercalifragilisticexpialidocious is long", 10))
