# Records with collections.namedtuple.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p.x, p.y, p[0], p[-1], len(p))
x, y = p
print(x + y, sum(p), p == (3, 4), p._fields, Point._fields)
print(p._asdict(), p._replace(y=10), Point._make([7, 8]))
print(Point(y=2, x=1), isinstance(p, tuple), hash(p) == hash((3, 4)))
print(Point.__name__, Point.__doc__, Point.x.__doc__, Point.__match_args__)

Employee = namedtuple("Employee", ["name", "dept", "salary"], defaults=[50000])
staff = [
    Employee("Ada", "eng", 120000),
    Employee("Bob", "ops"),
    Employee("Cy", "eng", 95000),
]
for e in sorted(staff, key=lambda e: (e.dept, -e.salary)):
    print(f"{e.name:4} {e.dept:4} {e.salary:>7}")
print(Employee._field_defaults, max(staff, key=lambda e: e.salary).name)

Color = namedtuple("Color", "red, green, blue")
print(Color(255, 128, 0), Color._fields)
Row = namedtuple("Row", "id class def _x id", rename=True)
print(Row._fields)
print(namedtuple("Empty", "")())

# Subclassing adds behaviour.
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def plus(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def norm2(self):
        return self.x ** 2 + self.y ** 2

v = Vec(1, 2).plus(Vec(3, 4))
print(v, v.norm2(), v._replace(x=0), Vec._make((5, 6)), type(v._replace(x=0)).__name__)

# Pattern matching uses __match_args__.
match Point(0, 5):
    case Point(0, yy):
        print("on the y axis at", yy)

def attempt(label, f):
    try:
        print(label, f())
    except Exception as exc:
        print(label, type(exc).__name__, exc)

attempt("missing", lambda: Point(1))
attempt("missing2", lambda: Point())
attempt("too many", lambda: Point(1, 2, 3))
attempt("unexpected", lambda: Point(1, 2, z=3))
attempt("multiple", lambda: Point(1, x=2))
attempt("defaults", lambda: Employee("a", "b", 1, 2))
attempt("setattr", lambda: setattr(p, "x", 5))
attempt("newattr", lambda: setattr(p, "z", 5))
attempt("replace", lambda: p._replace(z=1))
attempt("make", lambda: Point._make([1]))
attempt("ident", lambda: namedtuple("Bad", "a 1b"))
attempt("keyword", lambda: namedtuple("Bad", "a class"))
attempt("underscore", lambda: namedtuple("Bad", "a _b"))
attempt("duplicate", lambda: namedtuple("Bad", "a b a"))
attempt("too many defaults", lambda: namedtuple("Bad", "a", defaults=[1, 2]))
attempt("typename", lambda: namedtuple("1x", "a"))
attempt("args", lambda: namedtuple("X", "a", "b"))
attempt("vec", lambda: Vec(1))
