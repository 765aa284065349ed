# A singly linked list class with __len__, __iter__, __getitem__, __contains__, __repr__ and reversal.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._size = 0
        for item in reversed(list(iterable)):
            self.push_front(item)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self._size += 1

    def __len__(self):
        return self._size

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __getitem__(self, index):
        if index < 0:
            index += len(self)
        for i, value in enumerate(self):
            if i == index:
                return value
        raise IndexError("linked list index out of range")

    def __contains__(self, value):
        return any(v == value for v in self)

    def __repr__(self):
        return "LinkedList([" + " -> ".join(map(repr, self)) + "])"

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
        return self

    def remove(self, value):
        prev = None
        node = self.head
        while node and node.value != value:
            prev, node = node, node.next
        if node is None:
            raise ValueError(f"{value!r} not in list")
        if prev is None:
            self.head = node.next
        else:
            prev.next = node.next
        self._size -= 1

ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[0], ll[-1], 3 in ll, 9 in ll)
ll.push_front(0)
print(ll.reverse())
ll.remove(2)
print(ll, len(ll), list(ll), sum(ll))
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(LinkedList(), len(LinkedList("abc")), LinkedList("abc"))
