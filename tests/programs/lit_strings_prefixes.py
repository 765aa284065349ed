# String literal forms: quotes, triple quotes, and the r/b/f/rb/br/fr/rf/u prefixes in both cases.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print(r"raw \n stays", R'raw \t too', r"C:\path\to\file", r'\d+\.\d*')
print(b"bytes", B'BYTES', rb"raw\bytes", Rb"\x41", bR"\n", BR'x', br'y')
name = "weft"
print(f"f-string {name}", F'upper F {name!r}', fr"raw f {name}\n", rf'{name}\t', Rf"{1+1}\d", fR'{name}')
print(u"unicode prefix", U'also', u"\u00e9")
multi = """line one
line two
    indented line three"""
print(multi)
print(len(multi), multi.count("\n"))
print('''can contain 'single' and "double" quotes''')
print("""ends with a quote \"""")
empty = ""
print(repr(empty), repr(''), repr(""""""), len(''''''))
print(type(b"x").__name__, type(r"x").__name__, type(f"x").__name__)
print(repr(r"\\"), len(r"\\"), repr(r"\""), len(r"a\
b"))
continued = "first part \
second part"
print(continued)
print(repr('a\
b'))
doc = """
    Leading newline kept.
"""
print(repr(doc))
print("tab\there", 'newline\nhere')
print(repr("quote ' inside"), repr('quote " inside'), repr("both ' and \""))
