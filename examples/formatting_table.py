# formatting_table.py -- print aligned tables with format specifications.
#
# Shows: f-string format specs (width, alignment, precision, thousands
# separators, percentages), nested replacement fields for computed widths.

planets = [
    # name,     mass (10^24 kg), diameter (km), distance (10^6 km)
    ("Mercury", 0.330, 4879, 57.9),
    ("Venus", 4.87, 12104, 108.2),
    ("Earth", 5.97, 12756, 149.6),
    ("Mars", 0.642, 6792, 228.0),
    ("Jupiter", 1898.0, 142984, 778.5),
    ("Saturn", 568.0, 120536, 1432.0),
]

# Column widths computed from the data; used inside the format spec with {w}.
name_w = max(len(p[0]) for p in planets)
earth_mass = planets[2][1]

header = f"{'planet':<{name_w}} | {'mass':>9} | {'x Earth':>8} | {'diameter':>9} | {'distance':>9}"
print(header)
print("-" * len(header))
for name, mass, diameter, distance in planets:
    print(
        f"{name:<{name_w}} | "
        f"{mass:>9.3f} | "          # fixed point, 3 decimals
        f"{mass / earth_mass:>8.2f} | "
        f"{diameter:>9,} | "        # thousands separator
        f"{distance:>9.1f}"
    )
print("-" * len(header))

total = sum(p[1] for p in planets)
print(f"{'total':<{name_w}} | {total:>9.3f}")
print()

# Shares as percentages, with a centred title and a bar chart.
print(f"{' share of mass ':=^40}")
for name, mass, *_ in planets:
    share = mass / total
    print(f"{name:>{name_w}} {share:>7.2%} {'*' * round(share * 30)}")

# Other handy specs:
n = 1234567.891
print()
print(f"{n:,.2f}|{n:_.0f}|{n:.3e}|{n:>15.1f}|{-n:+.1f}")
print(f"{255:b} {255:o} {255:x} {255:#X} {42:08d} {'left':*<10} {'right':*>10}")
