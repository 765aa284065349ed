# Container dunders: __len__, __getitem__ (ints and slices), __setitem__, __delitem__, __contains__, __iter__.
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)
    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(*self.songs[index])
        return self.songs[index]
    def __setitem__(self, index, value):
        self.songs[index] = value
    def __delitem__(self, index):
        del self.songs[index]
    def __contains__(self, song):
        return song.lower() in (s.lower() for s in self.songs)
    def __repr__(self):
        return f"Playlist{tuple(self.songs)}"

p = Playlist("Intro", "Verse", "Chorus", "Bridge", "Outro")
print(len(p), p[0], p[-1], p[1:3], p[::2], p[::-1])
print("chorus" in p, "solo" in p, "solo" not in p)
p[1] = "Verse 2"
del p[0]
print(p, len(p))
for song in p:  # falls back to __getitem__ until IndexError
    print(" -", song)
print(list(p), sorted(p), bool(Playlist()))
try:
    p[10]
except IndexError as e:
    print("IndexError:", e)

class Squares:
    """Infinite virtual sequence."""
    def __getitem__(self, i):
        if i >= 6:
            raise IndexError
        return i * i

print(list(Squares()), 16 in Squares(), 17 in Squares())

class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, pos):
        row, col = pos
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, value):
        self.cells[pos] = value
    def __missing__(self, key):
        return "never used on non-dict"

g = Grid()
g[0, 1] = "X"
g[2, 2] = "O"
for r in range(3):
    print("".join(g[r, c] for c in range(3)))

class CountingDict(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
cd = CountingDict()
for ch in "mississippi":
    cd[ch] += 1
print(cd)
