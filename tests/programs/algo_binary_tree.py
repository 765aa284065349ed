# A binary search tree: recursive insert, in-order traversal via yield from, height, and pretty print.
class BST:
    def __init__(self):
        self.root = None

    class _Node:
        def __init__(self, key):
            self.key = key
            self.left = self.right = None

    def insert(self, key):
        def _insert(node, key):
            if node is None:
                return BST._Node(key)
            if key < node.key:
                node.left = _insert(node.left, key)
            elif key > node.key:
                node.right = _insert(node.right, key)
            return node
        self.root = _insert(self.root, key)
        return self

    def __iter__(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def height(self, node=..., ):
        if node is ...:
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def lines(self, node=None, prefix="", is_root=True):
        node = self.root if is_root else node
        if node is None:
            return []
        out = [prefix + str(node.key)]
        for child in (node.left, node.right):
            if child is not None:
                out += self.lines(child, prefix + "  ", False)
        return out

tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    tree.insert(k)
print(list(tree))
print(35 in tree, 36 in tree, tree.height(), min(tree), max(tree), len(list(tree)))
print("\n".join(tree.lines()))
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(" ".join(words), words.height())
