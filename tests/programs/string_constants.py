# The string module's constants and capwords, used as scripts use them.
import string

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), repr(string.printable), len(string.printable))
print(string.capwords("hello   world  of python"), "|", string.capwords("  lots   of space  "))
print(string.capwords("a-b c-d e", "-"), "|", string.capwords("ÉCOLE élève ñandú"), "|", repr(string.capwords("")))

text = "The Quick, brown fox: 42 jumps!"
print("".join(c for c in text if c not in string.punctuation))
print(sum(c in string.digits for c in text), [c for c in text if c in string.ascii_uppercase])
table = str.maketrans("", "", string.punctuation + string.digits)
print(text.translate(table).split())
rot13 = str.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                      string.ascii_lowercase[13:] + string.ascii_lowercase[:13] +
                      string.ascii_uppercase[13:] + string.ascii_uppercase[:13])
print("Hello, World".translate(rot13))
print(all(c in string.hexdigits for c in "deadBEEF"), all(c in string.hexdigits for c in "xyz"))
try:
    string.capwords()
except TypeError as e:
    print("TypeError:", e)
