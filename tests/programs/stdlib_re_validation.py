# Input validation and normalisation with compiled regular expressions.
import re

EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
PHONE = re.compile(r"^\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})$")
SLUG = re.compile(r"[^a-z0-9]+")
for e in ["ann@example.com", "bad@", "x.y+tag@sub.domain.org", "@no.user", "spaces in@x.com"]:
    print(f"{e!r:26} {'valid' if EMAIL.match(e) else 'invalid'}")
for p in ["555-123-4567", "(555) 123 4567", "555.123.4567", "5551234567", "55-1234-567"]:
    m = PHONE.match(p)
    print(f"{p!r:18}", "-".join(m.groups()) if m else None)


def slugify(title):
    return SLUG.sub("-", title.lower()).strip("-")


for title in ["Hello, World!", "  Python 3.11 -- What's New?  ", "Ünïcode & more"]:
    print(repr(slugify(title)))
password_rules = [(r"[A-Z]", "uppercase"), (r"[a-z]", "lowercase"), (r"\d", "digit"), (r"[^\w\s]", "symbol"), (r".{8,}", "8+ chars")]
for pw in ["abc", "Abcdefg1", "Abcdefg1!", "PASSWORD123$"]:
    missing = [name for pat, name in password_rules if not re.search(pat, pw)]
    print(pw, missing or "strong")
print(re.sub(r"(?<!^)(?=[A-Z])", "_", "camelCaseToSnake").lower())
print(re.sub(r"_([a-z])", lambda m: m.group(1).upper(), "snake_case_to_camel"))
print(re.findall(r"#(\w+)", "loving #python and #regex #2024"))
print([m.group() for m in re.finditer(r"\b[A-Z]{2,}\b", "The NASA and ESA joined the UN.")])
words = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
print(words.findall("This is is a test test of the The system"), words.sub(r"\1", "the the end"))
template = "Hello {name}, you owe {amount}"
print(re.sub(r"\{(\w+)\}", lambda m: {"name": "Ann", "amount": "$5"}[m.group(1)], template))
print(re.match(r"(a)(b)?", "a").groups(), re.match(r"(a)(b)?", "a").groups("-"), re.match(r"(?P<x>a)|(?P<y>b)", "b").groupdict())
print(re.I == re.IGNORECASE, int(re.M), re.compile("x", re.I | re.M).flags & (re.I | re.M))
