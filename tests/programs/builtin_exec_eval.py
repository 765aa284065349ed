# exec and eval with namespaces, and the SyntaxError they raise.
ns = {"k": 10}
exec("def f(a, b=2):\n    return a + b + k\nres = f(1)", ns)
print(ns["res"], ns["f"](5, b=1), sorted(x for x in ns if not x.startswith("__")))
print(eval("3 * k + 1", ns), eval("[i * i for i in range(4)]"))
loc = {}
exec("def g(): return 'g'", {}, loc)
print(loc["g"]())
exec("z = 42")
print(z)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
