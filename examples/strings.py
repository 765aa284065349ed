# strings.py -- a tour of text handling.
#
# Shows: string literals (raw, triple-quoted, escapes), indexing and
# slicing by code point, common str methods, bytes and encodings, and
# the three formatting styles (f-strings, str.format, % formatting).

poem = """\
Roses are red,
  violets are blue;
weft prints "strings"
  just like Python too."""

lines = poem.splitlines()
print(len(lines), "lines;", "longest:", max(lines, key=len).strip())
print([line.strip().split()[0] for line in lines])
print(poem.upper().count("E"), poem.find("weft"), "blue" in poem)

# Strings index by code point, so non-ASCII text slices cleanly.
word = "naïve café"
print(len(word), word[2], word[-4:], word[::-1])
print(word.encode("utf-8"), len(word.encode("utf-8")), "bytes in UTF-8")
print(b"caf\xc3\xa9".decode("utf-8"), "\u00e9" == "é", "\N{BULLET} item", "tab:\t|", r"raw:\t|")

# Common transformations
title = "  the hitchhiker's guide to weft  "
print(repr(title.strip()), "|", title.strip().title(), "|", title.split())
print("-".join(["2024", "01", "31"]), "a,b,,c".split(","), "k=v=w".partition("="))
print("hello".center(11, "*"), "42".zfill(5), "x".ljust(3, ".") + "|", "Weft".swapcase())
print("snake_case_name".replace("_", " ").title().replace(" ", ""))

# Checking contents
for s in ["123", "12.5", "abc", "Abc1", "   ", ""]:
    print(f"{s!r:>7}: digit={s.isdigit()!s:<5} alpha={s.isalpha()!s:<5} "
          f"alnum={s.isalnum()!s:<5} space={s.isspace()}")

# Three ways to format the same line
name, score = "Ada", 97.5
print(f"{name} scored {score:.1f}%")
print("{} scored {:.1f}%".format(name, score))
print("%s scored %.1f%%" % (name, score))
print(f"{name=}, {score=:.0f}, {name!r:>6}, {len(name) * 2 = }")

# Building strings efficiently: collect parts, join once.
parts = [f"{n}²={n * n}" for n in range(1, 6)]
print(", ".join(parts))
