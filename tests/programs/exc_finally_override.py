# finally can override a return value or swallow an exception.
def override_return():
    try:
        return "try"
    finally:
        return "finally"

def swallow():
    try:
        raise RuntimeError("lost")
    finally:
        return "swallowed"

def finally_sees_value():
    x = "before"
    try:
        return x
    finally:
        x = "after"

def nested():
    try:
        try:
            return 1
        finally:
            return 2
    finally:
        print("outer finally runs")

def break_in_finally():
    for i in range(5):
        try:
            raise ValueError(i)
        finally:
            break
    return f"loop broken at {i}"

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out

print(override_return())
print(swallow())
print(finally_sees_value())
print(nested())
print(break_in_finally())
print(continue_in_finally())

def count_calls():
    calls = []
    def work(n):
        try:
            calls.append(f"try {n}")
            return n * 10
        finally:
            calls.append(f"finally {n}")
    total = work(1) + work(2)
    return total, calls

print(count_calls())

def exception_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")

try:
    exception_in_finally()
except TypeError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
