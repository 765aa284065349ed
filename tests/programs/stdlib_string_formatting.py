# Text utilities with the string module: constants, capwords, Template, Formatter.
import string

print(string.ascii_lowercase, string.ascii_uppercase, string.digits)
print(string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("the quick  brown\tfox"), string.capwords("a-b-c", "-"))


def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)


secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, -3))
print("".join(c for c in "a1b2-c3!" if c in string.ascii_letters))
print(sum(c in string.punctuation for c in "Hi! How's it going?"))

t = string.Template("Dear $name, your order #${order_id} ships on $date. $$5 off next time.")
print(t.substitute(name="Ann", order_id=42, date="Monday"))
print(t.safe_substitute(name="Bob"))
print(t.substitute({"name": "Cy", "order_id": 7}, date="today"))
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.Template("$a$b").template, string.Template.delimiter)

print("{0} + {1} = {total:>5}".format(2, 3, total=5))
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
for name, qty, price in rows:
    print("{:<8}|{:>5}|{:>8.2f}|{:^9}".format(name, qty, price, "*" * min(qty, 9)))
print("{:,}".format(1234567), "{:_x}".format(255 * 4096), "{:+.3e}".format(12345.678), "{:%}".format(0.256))
