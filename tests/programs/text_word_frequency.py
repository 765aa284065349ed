# Word frequencies over an inline text: normalisation, counting with dicts, ties broken alphabetically.
TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness...
"""

def words(text):
    cleaned = "".join(ch.lower() if ch.isalpha() or ch.isspace() else " " for ch in text)
    return cleaned.split()

counts = {}
for w in words(TEXT):
    counts[w] = counts.get(w, 0) + 1

ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(f"{len(words(TEXT))} words, {len(counts)} distinct")
for word, n in ranked[:8]:
    print(f"{word:<12} {n:>3} {'*' * n}")
singletons = sorted(w for w, n in counts.items() if n == 1)
print("used once:", ", ".join(singletons))
by_length = {}
for w in counts:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest)
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("top letters:", top)
bigrams = {}
ws = words(TEXT)
for a, b in zip(ws, ws[1:]):
    bigrams[a, b] = bigrams.get((a, b), 0) + 1
print("top bigrams:", sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
