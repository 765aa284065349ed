# assert: passing assertions, failing ones inside try, with and without messages.
def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n * 2

print(check_positive(5))
assert True
assert 1 < 2 < 3, "chain holds"
assert [1], "non-empty list is truthy"

try:
    check_positive(-3)
except AssertionError as e:
    print("AssertionError:", e)

try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(e), e.args)

try:
    assert len("abc") == 4, ("tuple", "message")
except AssertionError as e:
    print("args:", e.args)

def validate(record):
    try:
        assert "name" in record, "missing name"
        assert isinstance(record.get("age"), int), "age must be int"
    except AssertionError as err:
        return f"invalid: {err}"
    return "valid"

print(validate({"name": "x", "age": 3}))
print(validate({"age": 3}))
print(validate({"name": "y", "age": "old"}))
count = 0
def side_effect():
    global count
    count += 1
    return True
assert side_effect()
print("count after assert:", count)
