# Validating input with fullmatch and compiled patterns.
import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})")
DATE = re.compile(r"(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])")
IPV4 = re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)")
HEX_COLOR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")
PASSWORD = re.compile(r"(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}")
USERNAME = re.compile(r"[a-z][a-z0-9_]{2,15}", re.IGNORECASE)

checks = [
    (EMAIL, ["user@example.com", "first.last+tag@sub.domain.org", "bad@", "@bad.com", "a@b"]),
    (PHONE, ["555-123-4567", "(555) 123-4567", "555.123.4567", "5551234567", "55-1234-567"]),
    (DATE, ["2024-02-29", "2024-13-01", "2024-00-10", "2023-12-31", "99-01-01"]),
    (IPV4, ["192.168.1.1", "255.255.255.255", "256.1.1.1", "1.2.3", "10.0.0.01"]),
    (HEX_COLOR, ["#fff", "#A1B2C3", "#abcd", "fff", "#12345g"]),
    (PASSWORD, ["Passw0rd!", "password", "SHORT1!a", "NoDigits!!", "Good#Pass123"]),
    (USERNAME, ["alice", "Bob_99", "9lives", "ab", "a" * 17]),
]

for pattern, samples in checks:
    print(pattern.pattern[:40])
    for s in samples:
        m = pattern.fullmatch(s)
        print(f"   {s!r:20} {'valid' if m else 'invalid'}", m.groups() if m and pattern.groups else "")

# Normalizing phone numbers.
for raw in ["(555) 123-4567", "555.987.6543"]:
    print(PHONE.sub(r"\1-\2-\3", raw))

# Parsing dates with named groups.
m = DATE.fullmatch("2024-07-04")
parts = {k: int(v) for k, v in m.groupdict().items()}
print(parts)

# match only checks the beginning; search looks anywhere; fullmatch needs all.
s = "id: 12345"
print(re.match(r"\d+", s), re.search(r"\d+", s), re.fullmatch(r"\d+", s), re.fullmatch(r"\D+\d+", s))
print(re.fullmatch(r"a|ab", "ab"), re.match(r"a|ab", "ab"))

# Unicode-aware classes.
for word in ["Straße", "naïve", "日本語", "abc123", "a_b", "x-y"]:
    print(word, bool(re.fullmatch(r"\w+", word)), bool(re.fullmatch(r"\w+", word, re.ASCII)))
print(re.findall(r"\d", "12٣٤"), re.findall(r"\d", "12٣٤", re.A))
print(re.findall(r"\s+", "a\u00a0b\u2003c\td"))

# A tiny config-line validator.
CONFIG_LINE = re.compile(r"\s*(?P<key>[A-Za-z_][\w.]*)\s*=\s*(?P<value>\"[^\"]*\"|[^#\s]+)\s*(?:#.*)?")
for line in ['name = "weft"', "  port=8080  # http", "debug = true", "= oops", "key value"]:
    m = CONFIG_LINE.fullmatch(line)
    print(repr(line), "->", (m["key"], m["value"]) if m else None)
