# Run-length encoding and decoding, a hand-written groupby generator, and compression ratios.
def groupby(iterable, key=lambda x: x):
    it = iter(iterable)
    try:
        current = next(it)
    except StopIteration:
        return
    group = [current]
    for item in it:
        if key(item) == key(current):
            group.append(item)
        else:
            yield key(current), group
            current, group = item, [item]
    yield key(current), group

def rle_encode(text):
    return "".join(f"{len(g)}{ch}" if len(g) > 1 else ch for ch, g in groupby(text))

def rle_decode(code):
    out, count = [], ""
    for ch in code:
        if ch.isdigit():
            count += ch
        else:
            out.append(ch * int(count or 1))
            count = ""
    return "".join(out)

samples = ["aaabccddddde", "abc", "", "zzzzzzzzzzzzzzzzzzzz", "aabbaa"]
for s in samples:
    enc = rle_encode(s)
    ratio = f"{len(enc) / len(s):.0%}" if s else "n/a"
    print(f"{s!r:<24} -> {enc!r:<12} ratio {ratio:>5} roundtrip {rle_decode(enc) == s}")
print(list(groupby([1, 1, 2, 3, 3, 3, 1])))
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print([(k, len(g)) for k, g in groupby(sorted(words), key=lambda w: w[0])])
print([(k, g) for k, g in groupby(range(10), key=lambda n: n // 4)])

def look_and_say(s):
    return "".join(f"{len(g)}{d}" for d, g in groupby(s))
term = "1"
for _ in range(8):
    print(term)
    term = look_and_say(term)
