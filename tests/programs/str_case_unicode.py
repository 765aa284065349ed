# capitalize() and title() use the titlecase of a first letter ("ß" -> "Ss",
# "ǆ" -> "ǅ", "ﬁ" -> "Fi") and lowercase the rest, with the final-sigma
# rule; swapcase() leaves titlecase letters alone; istitle() knows them.
words = ["ßa", "ß", "ßSS", "ǆemal", "ǅx", "Ǆx", "ﬁsh ﬂow", "hello world", "HELLO wORLD",
         "ŉa", "ΐx", "ᾳa ᾼb", "i̇stanbul", "İx", "abc'def ghi", "3rd place", "ǉubljana ǈ",
         "ΣΑΣ ΣΑΣ", "aΣ bΣ.", "ΑΣ'Σ", "Σ", "ΑΣ", "ΑΣ1", "ﬃ", "ÿa", "", "a", "ᾀ", "中a文b",
         "ǅǅ", "they're bill's friends", "ʰa", "a\u0345Σ"]
for s in words:
    print(repr(s), repr(s.capitalize()), repr(s.title()), repr(s.swapcase()))
    print("   ", s.istitle(), s.isupper(), s.islower(), repr(s.upper()), repr(s.lower()))
