# records.py -- record types written by hand, without dataclasses.
#
# Shows: __init__, __repr__, __eq__, __hash__, __lt__ for sorting,
# classmethods as alternative constructors, and records as dict keys.


class Person:
    __slots__ = ("name", "born", "city")   # fixed set of attributes

    def __init__(self, name, born, city="unknown"):
        self.name = name
        self.born = born
        self.city = city

    @classmethod
    def from_line(cls, line):
        """Build a Person from 'name;year;city'."""
        name, born, city = line.split(";")
        return cls(name.strip(), int(born), city.strip())

    def _key(self):
        return (self.name, self.born, self.city)

    def __repr__(self):
        return f"Person(name={self.name!r}, born={self.born}, city={self.city!r})"

    def __eq__(self, other):
        if not isinstance(other, Person):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):          # equal records must hash equally
        return hash(self._key())

    def __lt__(self, other):     # enough for sorted() and min()/max()
        return (self.born, self.name) < (other.born, other.name)

    def age_in(self, year):
        return year - self.born


DATA = """\
Ada Lovelace; 1815; London
Alan Turing; 1912; London
Grace Hopper; 1906; New York
Guido van Rossum; 1956; Haarlem
Ada Lovelace; 1815; London"""

people = [Person.from_line(line) for line in DATA.splitlines()]
print(people[0])
print("duplicates equal:", people[0] == people[-1], "| same object:", people[0] is people[-1])

unique = list(dict.fromkeys(people))   # keeps the first of each, in order
print(len(people), "records,", len(unique), "unique")

for p in sorted(unique):
    print(f"  {p.name:<18} born {p.born}, {p.age_in(2000):>3} in 2000, from {p.city}")

by_city = {}
for p in unique:
    by_city.setdefault(p.city, []).append(p.name)
print(by_city)
print("oldest:", min(unique).name, "| youngest:", max(unique).name)

try:
    people[0].email = "ada@example.org"
except AttributeError as e:
    print("AttributeError:", e)
