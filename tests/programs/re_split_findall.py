# Splitting and finding all matches.
import re

print(re.split(r"\s+", "  leading and   trailing  "))
print(re.split(r"[,;]\s*", "red, green;blue,  yellow"))
print(re.split(r"(,)", "a,b,c"))
print(re.split(r"(?:,)", "a,b,c"))
print(re.split(r"(\d)(x)?", "a1b2xc"))
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split(r"\W+", "Words, words, words.", 2))
print(re.split(r"(\W+)", "...words, words..."))
print(re.split(r"x*", "axbc"))
print(re.split(r"\b", "one two"))
print(re.split(r"(?=[A-Z])", "SplitCamelCaseWords"))
print(re.split(r"\n", "line1\nline2\n"))
print(re.split(r"[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"-", "no-dash-here", maxsplit=-1))

# findall: strings, or tuples when there are several groups.
text = "Alice: 30, Bob: 25, Carol: 41"
print(re.findall(r"\d+", text))
print(re.findall(r"(\w+): \d+", text))
print(re.findall(r"(\w+): (\d+)", text))
print({name: int(age) for name, age in re.findall(r"(\w+): (\d+)", text)})
print(re.findall(r"(a)(b)?", "ab a"))
print(re.findall(r"a*", "baaac"))
print(re.findall(r"x*?", "xx"))
print(re.findall(r"|a", "a"))
print(re.findall(r"\b\w", "the quick brown fox"))
print(re.findall(r"(?i)the", "The other THE then"))
print(re.findall(r"<(\w+)>", "<b>bold</b> <i>it</i>"))
print(re.findall(r"<.*?>", "<b>bold</b>"), re.findall(r"<.*>", "<b>bold</b>"))

# Words, numbers, hashtags and mentions.
tweet = "Loving #Python3 and #regex! Thanks @guido_van, @pep8 :) 100% 3.14"
print(re.findall(r"#(\w+)", tweet))
print(re.findall(r"@(\w+)", tweet))
print(re.findall(r"-?\d+(?:\.\d+)?", tweet))
print(re.findall(r"[A-Z][a-z]+", tweet))

# Lookarounds.
prices = "apple $1.50, pear $0.75, 20 kiwis, $12"
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", prices))
print(re.findall(r"\b\d+\b(?! kiwis)", prices))
print(re.findall(r"(?<!\$)\b\d+\b", prices))

# pos and endpos on a compiled pattern.
digits = re.compile(r"\d")
print(digits.findall("a1b2c3d4", 3), digits.findall("a1b2c3d4", 1, 5), digits.findall("1234", 3, 1))
print(digits.search("a1b2", 2), digits.match("a1b2", 1), digits.fullmatch("a1b", 1, 2))
print(re.compile(r"^\w").findall("ab", 1), re.compile(r"\w$").search("ab", 0, 1))

# Word frequencies.
passage = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""
freq = {}
for word in re.findall(r"[a-z']+", passage.lower()):
    freq[word] = freq.get(word, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)

# Sentences.
story = "Hello there! How are you? I am fine. Thanks."
print(re.split(r"(?<=[.!?])\s+", story))

# Bytes patterns work on bytes.
print(re.findall(rb"\d+", b"id=42 n=7"), re.split(rb",\s*", b"a, b,c"))
