# A trie of nested dicts for prefix search and autocomplete; recursion over children.
class Trie:
    END = "$"

    def __init__(self, words=()):
        self.root = {}
        self.count = 0
        for w in words:
            self.add(w)

    def add(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        if self.END not in node:
            node[self.END] = True
            self.count += 1

    def __contains__(self, word):
        node = self._find(word)
        return node is not None and self.END in node

    def __len__(self):
        return self.count

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return None
            node = node[ch]
        return node

    def complete(self, prefix):
        node = self._find(prefix)
        if node is None:
            return []
        out = []
        def walk(n, acc):
            for ch in sorted(n):
                if ch == self.END:
                    out.append(acc)
                else:
                    walk(n[ch], acc + ch)
        walk(node, prefix)
        return out

    def longest_common_prefix(self):
        prefix, node = "", self.root
        while len(node) == 1 and self.END not in node:
            (ch, node), = node.items()
            prefix += ch
        return prefix

words = "car card care careful cart cat catalog dog dot do".split()
t = Trie(words)
print(len(t), "car" in t, "ca" in t, "do" in t, "dots" in t)
for prefix in ["car", "cat", "do", "x", ""]:
    print(repr(prefix), "->", t.complete(prefix))
t.add("car")
print(len(t))
print(Trie(["interview", "internet", "internal", "interval"]).longest_common_prefix())
print(repr(Trie(["a", "b"]).longest_common_prefix()))
