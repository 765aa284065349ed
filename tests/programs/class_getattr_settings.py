# A settings object: annotated class fields without values, __getattr__ fallbacks to nested dicts, debug f-strings.
class Section:
    def __init__(self, name, data):
        self._name = name
        self._data = data

    def __getattr__(self, key):
        # only reached when normal attribute lookup fails
        try:
            value = self._data[key]
        except KeyError:
            raise AttributeError(f"section {self._name!r} has no setting {key!r}") from None
        return Section(f"{self._name}.{key}", value) if isinstance(value, dict) else value

    def __repr__(self):
        return f"Section({self._name!r}, keys={list(self._data)})"

class Settings(Section):
    host: str
    port: int
    debug: bool = False

    def __init__(self, data):
        super().__init__("root", data)

s = Settings({"host": "localhost", "port": 8080, "db": {"user": u"admin", "pool": {"size": 5}}})
print(s.host, s.port, s.debug, s.db, s.db.user, s.db.pool.size)
print(Settings.__annotations__, "host" in Settings.__dict__, "debug" in Settings.__dict__)
try:
    s.db.password
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(s.db, "timeout", 30), hasattr(s, "port"), hasattr(s.db.pool, "max"))
port = s.port
name = "café ✓"
print(f"{port = :>8}|{port=:<8}|{name!a}|{name = !a}")
print(f"{s.db.pool.size = :>5}", f"{len(name) = }")
x = 3.14159
print(f"{x = :>5}", f"{x = :>10.2f}", f"{x=!r:>10}")
