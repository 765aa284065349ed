# Validating records and collecting every problem into a nested ExceptionGroup, then handling it with except*.
class FieldError(ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

class MissingField(KeyError):
    pass

def validate(record):
    problems = []
    for field in ("name", "age", "email"):
        if field not in record:
            problems.append(MissingField(field))
    if "age" in record and not isinstance(record["age"], int):
        problems.append(TypeError(f"age must be int, not {type(record['age']).__name__}"))
    elif record.get("age", 0) < 0:
        problems.append(FieldError("age", "negative"))
    if "@" not in record.get("email", "@"):
        problems.append(FieldError("email", "missing @"))
    if problems:
        raise ExceptionGroup(f"record {record.get('name', '?')!r}", problems)

def validate_all(records):
    groups = []
    for r in records:
        try:
            validate(r)
        except ExceptionGroup as eg:
            groups.append(eg)
    if groups:
        raise ExceptionGroup("validation failed", groups)

records = [
    {"name": "ann", "age": 31, "email": "ann@x.org"},
    {"name": "bob", "age": -4, "email": "bob-at-x"},
    {"age": "old"},
    {"name": "cyd", "age": 5, "email": "c@x"},
]
try:
    validate_all(records)
except* FieldError as eg:
    for sub in eg.exceptions:
        print(sub.message, "->", [str(e) for e in sub.exceptions])
except* MissingField as eg:
    print("missing:", [(sub.message, [e.args[0] for e in sub.exceptions]) for sub in eg.exceptions])
except* TypeError as eg:
    print("types:", repr(eg))
try:
    validate(records[0])
    validate(records[3])
except* Exception:
    print("not reached")
else:
    print("valid records raise nothing")
