# Generating form letters and config files with string.Template (custom
# delimiters by subclassing), and cleaning text with the string constants.
import string


class PercentTemplate(string.Template):
    delimiter = "%"


class BraceOnly(string.Template):
    # Only ${name} placeholders: $name stays as written.
    idpattern = r"(?!)"
    braceidpattern = r"[a-z_]+"


customers = [
    {"name": "Ann Lee", "plan": "pro", "due": 42.5, "days": 3},
    {"name": "bob stone", "plan": "free", "due": 0, "days": 30},
]
letter = string.Template(
    "Dear $name,\nyour ${plan} plan renews in $days day(s); amount due: $$${due}.\n"
)
for c in customers:
    fields = dict(c, name=string.capwords(c["name"]), due=f"{c['due']:.2f}")
    print(letter.substitute(fields))

conf = PercentTemplate("host=%host\nport=%{port}\nliteral=%%\nuser=$USER\n")
print(conf.substitute(host="db.local", port=5432))
print(conf.safe_substitute(host="x"))
brace = BraceOnly("cost: $5, name: ${who}, raw: $who")
print(brace.safe_substitute(who="Cy"))
try:
    brace.substitute(who="Cy")
except ValueError as e:
    print("ValueError:", e)
try:
    letter.substitute(name="x")
except KeyError as e:
    print("KeyError:", e)
try:
    PercentTemplate("bad %").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.Template("$a and $b").get_identifiers() if hasattr(string.Template, "get_identifiers") else "")
print(string.Template("$x").is_valid() if hasattr(string.Template, "is_valid") else "")


def clean(text):
    keep = set(string.ascii_letters + string.digits + " -")
    return "".join(ch if ch in keep else " " for ch in text)


raw = "Hello,\tWorld!! (2024) -- it's\na test."
print(repr(clean(raw)), repr(" ".join(clean(raw).split())))
table = str.maketrans("", "", string.punctuation)
print(raw.translate(table).split())
print([c for c in "a1!B2@ c3#" if c in string.printable and c not in string.whitespace])
print(string.octdigits, string.hexdigits, [string.digits.index(d) for d in "2024"])
