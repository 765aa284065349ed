# Formatting a report: aligned columns from computed widths, totals, percentages, and %-style formatting.
sales = [
    ("North", "Widgets", 1234, 2.5),
    ("North", "Gadgets", 87, 19.99),
    ("South", "Widgets", 455, 2.5),
    ("South", "Doohickeys", 12000, 0.15),
    ("East", "Gadgets", 0, 19.99),
]
headers = ("Region", "Product", "Units", "Price", "Revenue")
rows = [(r, p, u, pr, u * pr) for r, p, u, pr in sales]
total = sum(row[-1] for row in rows)
widths = [max(len(h), *(len(f"{row[i]:,.2f}" if isinstance(row[i], float) else f"{row[i]:,}" if isinstance(row[i], int) else row[i]) for row in rows)) for i, h in enumerate(headers)]

def fmt_cell(value, width):
    if isinstance(value, float):
        return f"{value:>{width},.2f}"
    if isinstance(value, int):
        return f"{value:>{width},}"
    return f"{value:<{width}}"

line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(line)
print("| " + " | ".join(f"{h:^{w}}" for h, w in zip(headers, widths)) + " |")
print(line.replace("-", "="))
for row in rows:
    print("| " + " | ".join(fmt_cell(v, w) for v, w in zip(row, widths)) + " |")
print(line)
print(f"Total revenue: {total:,.2f}")
by_region = {}
for region, _, _, _, revenue in rows:
    by_region[region] = by_region.get(region, 0) + revenue
for region, revenue in sorted(by_region.items(), key=lambda kv: -kv[1]):
    share = revenue / total
    print("%-6s %10.2f %6.1f%% %s" % (region, revenue, share * 100, "#" * round(share * 40)))
print("%s has %d products; best seller: %r" % ("Report", len(rows), max(rows, key=lambda r: r[2])[1]))
print("{:*^40}".format(" end of report "))
