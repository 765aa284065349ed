# Calendar arithmetic without imports: leap years, day of week (Zeller), days between dates, a month grid.
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]

def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

def days_in_month(year, month):
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31

def weekday(year, month, day):
    """0 = Monday ... 6 = Sunday (Zeller's congruence)."""
    if month < 3:
        month += 12
        year -= 1
    k, j = year % 100, year // 100
    h = (day + 13 * (month + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7

def ordinal(year, month, day):
    y = year - 1
    days = y * 365 + y // 4 - y // 100 + y // 400
    days += sum(days_in_month(year, m) for m in range(1, month))
    return days + day

def month_grid(year, month):
    lines = [f"{MONTHS[month - 1]} {year}".center(20), " ".join(DAYS)]
    cells = ["  "] * weekday(year, month, 1) + [f"{d:>2}" for d in range(1, days_in_month(year, month) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)

print([y for y in (1900, 2000, 2023, 2024, 2100) if is_leap(y)])
for date in [(1969, 7, 20), (2000, 1, 1), (2024, 2, 29), (1815, 6, 18)]:
    print(date, DAYS[weekday(*date)])
print("days from 2000-01-01 to 2024-03-15:", ordinal(2024, 3, 15) - ordinal(2000, 1, 1))
print("weekday check:", all((ordinal(2024, 1, d) - 1) % 7 == weekday(2024, 1, d) for d in range(1, 32)))
print(month_grid(2024, 2))
print(month_grid(2023, 10))
