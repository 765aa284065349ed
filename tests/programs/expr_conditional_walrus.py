# Conditional expressions and the walrus operator := in if, while and comprehensions.
def describe(n):
    return "negative" if n < 0 else "zero" if n == 0 else "positive"

print([describe(n) for n in (-2, 0, 3)])
x = 5
print("big" if x > 3 else "small", ("a" if x else "b") + "!")
print(1 if True else 1 / 0, 1 / 1 if False else "lazy else")

values = [3, 8, 1, 9, 4]
if (n := len(values)) > 3:
    print(f"list is long ({n} elements)")

stack = list(range(5))
while (top := stack.pop()) > 1:
    print("popped", top)
print("stopped at", top, stack)

def parse(text):
    if (colon := text.find(":")) != -1:
        return text[:colon], text[colon + 1:]
    return None

print(parse("key:value"), parse("novalue"))

data = {"user": {"name": "ann", "email": None}}
if (user := data.get("user")) and (name := user.get("name")):
    print("user name:", name)
print([m for w in ["aa", "b", "cccc"] if (m := len(w)) >= 2])
print((y := 10) + y, y)
print(f"{(z := 3) * 2} {z}")

def fn(a=(w := "default via walrus")):
    return a
print(fn(), w)
chunks = iter(["ab", "cd", "", "ef"])
result = []
while chunk := next(chunks):
    result.append(chunk)
print(result)
print(max(0, (s := sum(values)) - 20), s)
