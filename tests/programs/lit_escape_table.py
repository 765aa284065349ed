# A table of escape sequences and string prefixes: octal, hex, \u, \U, \N{...}, and raw/bytes/f/u prefixes.
rows = [
    ("octal", "\101\102\103", r"\101\102\103"),
    ("octal short", "\7\60", r"\7\60"),
    ("hex", "\x41\x62", r"\x41\x62"),
    ("unicode 16", "\u00e9\u00df", r"\u00e9\u00df"),
    ("unicode 32", "\U0001F40D", r"\U0001F40D"),
    ("named", "\N{BULLET} \N{EM DASH} \N{GREEK SMALL LETTER PI}", r"\N{BULLET} ..."),
    ("controls", "a\tb\\c", r"a\tb\\c"),
]
for label, value, source in rows:
    codes = " ".join(f"U+{ord(c):04X}" for c in value)
    print(f"{label:<12} {source:<24} {value!r:<18} {codes}")

print(u"u-prefix is a plain str:", type(u"x") is str, u"\u00e9" == "é")
print(rb"\x41" == b"\\x41", Rb"\101", b"\101", bytes(r"\n", "ascii"), br"\t"[0])
n = 3
print(fr"{n}\n{n * 2}", rf"\t{n!r}", Fr"{'raw'}\d", fR"{n:>3}\\")
octal_bytes = b"\101\x42\103"
print(octal_bytes, list(octal_bytes), octal_bytes.decode())
print(len("\N{BULLET}"), len("\\N{BULLET}"), "\N{bullet}" == "\u2022")
print("\1" == chr(1), "\12" == "\n", "\141" == "a", "\1411" == "a1")
