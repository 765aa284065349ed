# f-strings: expressions, method calls, nested quotes, dict access, escaped braces.
name = "Ada"
age = 36
items = {"apple": 3, "pear": 0}
print(f"{name} is {age} years old")
print(f"{name.upper()} {name[::-1]} {len(name) * 2}")
print(f"{age + 1} next year, {age // 10} decades, {age % 10} extra")
print(f"{items['apple']} apples, {items.get('kiwi', 'no')} kiwis")
print(f"{'yes' if items['pear'] else 'no'} pears")
print(f"{{literal braces}} {{{name}}}")
print(f"{[x * 2 for x in range(3)]} {({'k': 1})} {(1, 2)}")
print(f"{(lambda x: x * 10)(4)}")
print(f"{3.0} {1/3} {10**20} {True} {None} {-0.0}")
print(f"{name}" f"{age}" "plain" f"!")
nested = f"outer {f'inner {name}'} done"
print(nested)
print(f"{'a' + 'b'}{'c' * 3}")
print(f"""triple {name}
second line {age}""")
width = 10
print(f"{'|'}{name:^{width}}{'|'}")
print(f"{name!r:>8}|{age:<4}|")
print(f"{ name }", f"{ age + 1 }")
x = 5
print(f"{x}{x}{x}", f"{x:{x}}", f"{'{'}{x}{'}'}")
obj = {"list": [1, 2, {"deep": "value"}]}
print(f"{obj['list'][2]['deep']}")
print(f"{chr(65)}{ord('a')}{str(12).zfill(4)}")
