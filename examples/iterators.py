# iterators.py -- the iterator protocol, by hand.
#
# Shows: __iter__ and __next__, StopIteration, iterables versus iterators,
# iter()/next() with defaults, and how for-loops use the protocol.


class Countdown:
    """An iterator: it remembers where it is, and can be used only once."""

    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Deck:
    """An iterable: each call to iter() gives a fresh iterator."""

    SUITS = "♠♥♦♣"
    RANKS = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]

    def __init__(self, suits=SUITS):
        self.suits = suits

    def __len__(self):
        return len(self.suits) * len(self.RANKS)

    def __iter__(self):
        for suit in self.suits:
            for rank in self.RANKS:
                yield rank + suit      # a generator is the easy way to write __iter__


print(list(Countdown(5)))

c = Countdown(2)
print(next(c), next(c), next(c, "done"))   # next() with a default never raises
print(list(c), "(an exhausted iterator stays empty)")

deck = Deck("♠♥")
print(len(deck), "cards:", " ".join(deck))
print("first three again:", [card for _, card in zip(range(3), deck)])

# What a for-loop does, spelled out:
it = iter(["a", "b", "c"])
while True:
    try:
        item = next(it)
    except StopIteration:
        break
    print("item", item)

# Built-in helpers consume iterators too:
print(sum(Countdown(4)), max(Countdown(3)), sorted(Countdown(3)), "7♠" in Deck("♠"))
print(list(enumerate(Countdown(3), start=1)), list(zip(Countdown(3), "xyz")))

# iter(callable, sentinel) calls until the sentinel value appears:
numbers = [3, 1, 4, 1, 5, 0, 9]
pos = -1
def next_number():
    global pos
    pos += 1
    return numbers[pos]
print(list(iter(next_number, 0)))
