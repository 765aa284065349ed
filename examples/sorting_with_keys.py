# sorting_with_keys.py -- sorting records in several ways.
#
# Shows: sorted() and list.sort(), key functions (lambdas and methods),
# reverse=True, multi-level sorts with tuples, and sort stability.

students = [
    {"name": "maria", "grade": 88, "year": 2},
    {"name": "Li", "grade": 95, "year": 1},
    {"name": "omar", "grade": 88, "year": 3},
    {"name": "Zoe", "grade": 72, "year": 2},
    {"name": "ben", "grade": 95, "year": 2},
]


def show(title, rows):
    print(title)
    for r in rows:
        print(f"   {r['name']:<6} grade {r['grade']:>3}  year {r['year']}")


# By one field:
show("by grade (ascending):", sorted(students, key=lambda s: s["grade"]))

# Highest grade first, ties broken by name (case-insensitive).
# Negating a number reverses its order inside a tuple key.
show("by grade desc, then name:",
     sorted(students, key=lambda s: (-s["grade"], s["name"].lower())))

# Plain string order puts capitals first; str.lower fixes that.
names = [s["name"] for s in students]
print("default:", sorted(names))
print("case-insensitive:", sorted(names, key=str.lower))
print("by length, longest first:", sorted(names, key=len, reverse=True))

# Sorting is stable: equal keys keep their previous order, so sorting by
# the secondary key first and the primary key second gives a two-level sort.
rows = sorted(students, key=lambda s: s["name"].lower())
rows.sort(key=lambda s: s["year"])      # in-place; returns None
show("by year, then name (two stable sorts):", rows)

# min/max accept the same key functions.
best = max(students, key=lambda s: (s["grade"], s["name"]))
print("top student:", best["name"])

# Sorting other things: tuples compare item by item.
points = [(3, 1), (1, 2), (3, 0), (1, 1)]
print(sorted(points), sorted(points, key=lambda p: p[1]))
print(sorted("weft sorts letters"), "".join(sorted("weft", reverse=True)))
