# word_frequencies.py -- count words in a text and print the most common ones.
#
# Shows: multi-line strings, str methods, dicts as counters, sorting with a
# key function, and formatted output.

TEXT = """
The quick brown fox jumps over the lazy dog. The dog wakes up;
the dog barks at the fox. The fox, quick as ever, runs over the hill
and the lazy dog goes back to sleep.
"""


def tokenize(text):
    """Lower-case the text and split it into words, dropping punctuation."""
    cleaned = []
    for ch in text.lower():
        # keep letters and whitespace, turn everything else into a space
        cleaned.append(ch if ch.isalpha() or ch.isspace() else " ")
    return "".join(cleaned).split()


def count(words):
    """Return a dict mapping each word to how often it occurs."""
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts


words = tokenize(TEXT)
counts = count(words)
print(f"{len(words)} words, {len(counts)} different")

# Sort by descending count, then alphabetically so ties are stable and readable.
ranking = sorted(counts.items(), key=lambda item: (-item[1], item[0]))

print()
print(f"{'word':<8} {'count':>5}  histogram")
print("-" * 30)
for word, n in ranking[:6]:
    print(f"{word:<8} {n:>5}  {'#' * n}")

# Words that appear exactly once, as a comma-separated list:
once = sorted(word for word, n in counts.items() if n == 1)
print()
print("appear once:", ", ".join(once))

# The longest word (ties broken alphabetically by the tuple key):
print("longest word:", max(counts, key=lambda w: (len(w), w)))
