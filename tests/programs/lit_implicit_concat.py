# Implicit concatenation of adjacent string literals, mixing prefixes, across lines.
greeting = "Hello, " 'world' "!"
print(greeting)
path = r"C:\dir" "\\" r"file.txt"
print(path)
value = 42
msg = "value=" f"{value}" ' and ' f'{value * 2:>5}' r"\raw"
print(msg)
long_text = (
    "This is a long string "
    "split across several lines "
    "without any plus signs."
)
print(long_text)
print(len(long_text))
data = b"bytes " b'join' rb"\too"
print(data)
print("a" "b" == "ab", ("x"
    "y") == "xy")
items = [
    "one"
    "two",  # no comma: these join
    "three",
]
print(items, len(items))
sql = ("SELECT *"
       " FROM t"
       " WHERE x = 1")
print(sql)
print(f"{'nested'}" "plain" f"{1 + 1}")
print("""triple""" "single" '''tri''')
def doc():
    "docstring " "in parts"
print(doc.__doc__)
