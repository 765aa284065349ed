# Uncaught exception raised "from" another: the final line names the outer exception.
class ParseError(Exception):
    pass

def parse_record(text):
    name, age = text.split(",")
    try:
        return name.strip(), int(age)
    except ValueError as e:
        raise ParseError(f"bad age in {text!r}") from e

records = ["ann, 31", "bob,25", "cyd, thirty", "dee, 40"]
parsed = []
try:
    parse_record("x, y")
except ParseError as e:
    print("handled:", e, "| cause:", repr(e.__cause__))
for record in records:
    result = parse_record(record)
    parsed.append(result)
    print("parsed", result)
print("not reached", parsed)
