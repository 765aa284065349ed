# Substitutions: templates, group references and functions.
import re

text = "Call 555-1234 or 555-9876 before 2024-06-30."

print(re.sub(r"\d{3}-\d{4}", "XXX-XXXX", text))
print(re.sub(r"(\d{3})-(\d{4})", r"(\1) \2", text))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", r"\g<d>/\g<m>/\g<y>", text))
print(re.sub(r"(\d+)", r"<\g<1>0>", "1 2 3"))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1 [\g<0>]", "mail bob@example.com now"))
print(re.subn(r"\d", "#", text))
print(re.sub(r"\d", "#", text, count=3))
print(re.sub(r"\s+", " ", "  too    many\n\tspaces  ").strip())
print(re.sub(r"^\s+|\s+$", "", "   trimmed   "))
print(re.sub("a", r"\t|\n|\\", "a"))
print(re.sub(r"x", "-", "no match here"))

# A function gets the match object.
def double(m):
    return str(int(m.group()) * 2)

print(re.sub(r"\d+", double, "3 apples and 12 pears"))
print(re.sub(r"\b(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2).lower(), "hELLO wORLD from PYTHON"))
print(re.sub(r"[aeiou]", lambda m: m.group().upper(), "substitution"))

# Templating with a dictionary and a default.
values = {"name": "Ada", "lang": "Python"}
template = "Hello {name}, welcome to {lang}! {missing} stays."
print(re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template))

# Converting between naming styles.
def snake(name):
    name = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()

def camel(name):
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)

for n in ["CamelCase", "getHTTPResponseCode", "HTTPServer", "already_snake"]:
    print(n, "->", snake(n), "->", camel(snake(n)))

# Empty matches: between every character.
print(re.sub("", "-", "abc"))
print(re.sub("x*", "-", "abxd"))
print(re.subn(r"\b", "|", "hi there"))

# A compiled pattern, with count.
vowels = re.compile(r"[aeiou]", re.IGNORECASE)
print(vowels.sub("*", "Programming In Python"), vowels.subn("*", "AEIOU xyz", 2))

# Unmatched groups become empty strings.
print(re.sub(r"(a)|(b)", r"[\1\2]", "abc"))

# Masking all but the last four digits of card numbers.
cards = "4111 1111 1111 1234 and 5500-0000-0000-0004"
print(re.sub(r"\b(?:\d{4}[ -]){3}(\d{4})\b", r"**** **** **** \1", cards))

# Errors in templates and functions.
for repl in [r"\3", r"\g<nope>", r"\g<1", r"\q", "\\"]:
    try:
        re.sub(r"(\w)(\w)", repl, "ab")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub(r"\w", lambda m: 42, "ab")
except TypeError as e:
    print("TypeError:", e)
print(re.sub(r"\w", lambda m: None, "a-b"))

# expand() on a match.
m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe")
print(m.expand(r"\g<last>, \g<first> (\2/\1)"))
