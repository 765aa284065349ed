# Custom containers by subclassing collections.UserDict, UserList and
# UserString: a case-insensitive header map, a bounded history list and a
# slug string type.
from collections import UserDict, UserList, UserString
from collections.abc import Mapping, MutableSequence


class Headers(UserDict):
    """HTTP-style headers: keys compare without case."""

    def __setitem__(self, key, value):
        super().__setitem__(key.title(), str(value))

    def __getitem__(self, key):
        return super().__getitem__(key.title())

    def __contains__(self, key):
        return key.title() in self.data

    def __missing__(self, key):
        raise KeyError(f"no header {key!r}")


h = Headers({"content-type": "text/html"}, server="weft")
h["CONTENT-LENGTH"] = 512
h.update([("x-request-id", "abc123")])
print(h)
print(h["Content-Type"], "content-length" in h, len(h), sorted(h), h.get("Server"))
print(isinstance(h, Mapping), isinstance(h, dict), dict(h) == h.data)
print(h.pop("X-Request-Id"), h.setdefault("Accept", "*/*"), list(h.items()))
try:
    h["missing"]
except KeyError as e:
    print("KeyError:", e)
merged = h | {"Via": "proxy"}
print(type(merged).__name__, merged, Headers.fromkeys(["a", "b"], "-"))
copy = h.copy()
copy["Server"] = "other"
print(h["server"], copy["server"], type(copy).__name__)


class History(UserList):
    """Keeps only the last `limit` entries."""

    def __init__(self, items=(), limit=4):
        self.limit = limit
        super().__init__(items)
        self._trim()

    def _trim(self):
        del self.data[:-self.limit]

    def append(self, item):
        super().append(item)
        self._trim()


hist = History(["ls", "cd /tmp"], limit=4)
for cmd in ["make", "make test", "git status", "git commit"]:
    hist.append(cmd)
    print(len(hist), hist)
print(hist[-1], hist[1:3], type(hist[1:3]).__name__, "make test" in hist, hist.index("git status"))
print(isinstance(hist, MutableSequence), hist + ["extra"], sorted(hist), list(reversed(hist)))
hist.sort(key=len)
print(hist, hist == ["make test", "git status", "git commit"], hist.count("make"))


class Slug(UserString):
    """A URL slug: lower case words joined by dashes."""

    def __init__(self, text):
        words = "".join(c if c.isalnum() else " " for c in str(text)).split()
        super().__init__("-".join(w.lower() for w in words))

    def words(self):
        return self.split("-")


s = Slug("Hello, World: A Python Story!")
print(s, repr(s), len(s), s.words(), s.upper(), type(s.upper()).__name__)
print(s.startswith("hello"), s.replace("-", "_"), s[:11], "world" in s, s + "-2", "/blog/" + s)
print("%s.html" % s, f"<a href='/{s}'>", s == "hello-world-a-python-story", s.title(), s.count("o"))
