# Uncaught ValueError from int() on malformed input after parsing valid lines.
lines = ["12", " 7 ", "-3", "4.5", "9"]

def parse_all(lines, strict):
    total = 0
    for line in lines:
        try:
            number = int(line)
        except ValueError:
            if strict:
                raise
            print(f"skipping {line!r}")
            continue
        total += number
        print(f"parsed {number:>3}, total {total}")
    return total

print("lenient total", parse_all(lines, strict=False))
print("strict total", parse_all(lines, strict=True))
