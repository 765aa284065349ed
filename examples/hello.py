# hello.py -- the traditional first program.
#
# A weft script is a plain Python file: statements run from top to bottom.
# `print` writes its arguments to standard output followed by a newline.
#
# Run it with:   weft run examples/hello.py

print("Hello, world!")

# Strings can use single or double quotes, and f-strings embed expressions:
name = "weft"
print(f"This program runs on {name}, a Python-compatible language.")

# print() accepts several values, a separator and an ending:
print("one", "two", "three", sep=" -> ", end="!\n")

# Everything is an object with a type; type() tells you which:
for value in [42, 3.14, "text", [1, 2], None, True]:
    print(f"{value!r:>8} is a {type(value).__name__}")

# Comments start with #; blocks are marked by indentation, not braces:
if len(name) == 4:
    print("The name has four letters.")
