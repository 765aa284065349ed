# A fixed-size ring buffer with __len__, __iter__, __getitem__ (negative indices), __repr__ and overwrite.
class RingBuffer:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._data = [None] * capacity
        self._start = 0
        self._size = 0

    @property
    def capacity(self):
        return len(self._data)

    def append(self, item):
        end = (self._start + self._size) % self.capacity
        self._data[end] = item
        if self._size < self.capacity:
            self._size += 1
        else:
            self._start = (self._start + 1) % self.capacity

    def popleft(self):
        if not self._size:
            raise IndexError("pop from empty buffer")
        item = self._data[self._start]
        self._data[self._start] = None
        self._start = (self._start + 1) % self.capacity
        self._size -= 1
        return item

    def __len__(self):
        return self._size

    def __getitem__(self, i):
        if not -self._size <= i < self._size:
            raise IndexError("buffer index out of range")
        return self._data[(self._start + i % self._size) % self.capacity]

    def __iter__(self):
        for i in range(self._size):
            yield self[i]

    def __repr__(self):
        return f"RingBuffer({list(self)}, capacity={self.capacity})"

rb = RingBuffer(4)
for n in range(1, 7):
    rb.append(n)
    print(f"append {n}: {rb}")
print(rb[0], rb[-1], [rb[i] for i in range(1, 3)], len(rb), sum(rb))
print(rb.popleft(), rb.popleft(), rb)
rb.append("x")
print(rb, list(reversed(list(rb))))
try:
    rb[10]
except IndexError as e:
    print("IndexError:", e)
try:
    RingBuffer(0)
except ValueError as e:
    print("ValueError:", e)
recent = RingBuffer(3)
for word in "the last three words win".split():
    recent.append(word)
print(" ".join(recent))
