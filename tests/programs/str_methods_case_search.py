# str methods: case changes, searching, counting, testing predicates.
s = "Hello, World of Weft"
print(s.upper(), s.lower(), s.swapcase(), s.title(), "hELLO wORLD".capitalize(), "ß".casefold())
print(s.find("o"), s.find("o", 5), s.find("xyz"), s.rfind("o"), s.index("W"), s.rindex("W"))
print(s.count("o"), s.count("l", 0, 5), s.count(""), "aaaa".count("aa"))
print(s.startswith("Hello"), s.startswith(("Hi", "He")), s.endswith("Weft"), s.startswith("World", 7))
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "12.5".isdigit(), "   ".isspace(), "".isspace())
print("Title Case".istitle(), "lower".islower(), "UPPER1".isupper(), "var_1".isidentifier(), "1var".isidentifier())
print("٣".isdecimal(), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "abc".isascii(), "é".isascii(), "\t".isprintable())
try:
    s.index("xyz")
except ValueError as e:
    print("ValueError:", e)
print("they're bill's friends".title(), "o'neil mc-donald".title())
print("straße".upper(), "İ".lower() == "i̇", len("İ".lower()))
print("a" in s, "World" in s, s.lower().count("w"))
print("hello"[1], "hello"[-1], "hello"[1:4], "hello" * 2, "ab" + "cd", 3 * "-")
print("abc" < "abd", "Z" < "a", "apple" > "app", min("hello"), max("hello"))
print(s.removeprefix("Hello, "), s.removesuffix(" Weft"), s.removeprefix("nope"))
print("Mississippi".replace("ss", "SS"), "Mississippi".replace("i", "I", 2), "aaa".replace("", "-"))
print(s.partition(", "), s.rpartition(" "), s.partition("#"))
