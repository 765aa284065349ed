# re: regular expressions.
import re

text = "Contact ann@example.com or bob@test.org before 2024-06-30."

# findall returns every match (or every group, when the pattern has one).
print(re.findall(r"[\w.]+@[\w.]+", text))

# search finds the first match; named groups label the parts.
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)", text)
print(m.group(0), m["year"], m.groupdict())

# sub replaces matches, with group references or a function.
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", text))
print(re.sub(r"\d", lambda d: str(9 - int(d.group())), "2024"))

# Compile a pattern that is used many times.
word = re.compile(r"\b\w{5,}\b")
print(word.findall(text), re.split(r"\s+", "a  b   c"))
