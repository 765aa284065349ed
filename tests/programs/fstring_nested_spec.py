# Nested replacement fields inside format specs, and building tables with computed widths.
rows = [("apple", 1.5, 10), ("banana", 0.25, 150), ("kiwi", 3.0, 7)]
w_name = max(len(r[0]) for r in rows) + 2
w_num = 8
prec = 2
print(f"{'item':<{w_name}}{'price':>{w_num}}{'qty':>{w_num}}")
print(f"{'':-<{w_name + 2 * w_num}}")
for name, price, qty in rows:
    print(f"{name:<{w_name}}{price:>{w_num}.{prec}f}{qty:>{w_num}d}")
total = sum(p * q for _, p, q in rows)
print(f"{'total':<{w_name}}{total:>{w_num * 2}.{prec}f}")

for width in range(3, 8, 2):
    print(f"[{'x':^{width}}]", f"[{7:0{width}d}]")
align = "<^>"
for a in align:
    print(f"|{'mid':{a}9}|", f"|{42:{'*'}{a}{9}}|")
fill, al, wd, pr, ty = "_", ">", 12, 3, "e"
print(f"{12345.6789:{fill}{al}{wd}.{pr}{ty}}")
spec = "^+10.2f"
print(f"{3.14159:{spec}}", format(2.71828, spec))
print(f"{'nested'!r:{'>'}{12}}")
for p in range(4):
    print(f"{1 / 7:.{p}f}", end=" ")
print()
print(f"{f'{42:05d}':>10}")
def fmt(value, width=10, precision=1):
    return f"{value:{width}.{precision}f}|"
print(fmt(3.14159), fmt(2.71828, 6, 3), fmt(100, precision=0))
