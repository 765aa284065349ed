# accumulate, chain, compress, filterfalse, starmap, pairwise, zip_longest, tee.
import itertools
import operator
from itertools import accumulate, chain, compress, filterfalse, starmap, pairwise, zip_longest, tee

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([10, 20], initial=100)), list(accumulate([], initial=0)), list(accumulate("abc")))
balance = list(accumulate([100, -20, -30, 50], lambda bal, tx: bal + tx))
print(balance)

print(list(chain("ab", [1, 2], (3,))), list(chain()), list(chain.from_iterable(["xy", "z"])))
nested = [[1, 2], [3], [], [4, 5]]
print(list(chain.from_iterable(nested)), sum(chain(*nested)))

print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(compress(range(10), cycle_sel := [True, False] * 5)))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, ["ab", "cd"])))

pts = [(0, 0), (3, 4), (6, 8)]
print(list(pairwise(pts)), list(pairwise("a")), list(pairwise("abcd")))
print(sum(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5 for (x1, y1), (x2, y2) in pairwise(pts)))

print(list(zip_longest("abc", [1, 2])), list(zip_longest("ab", "xyz", fillvalue="-")))
print(list(zip_longest()), list(zip_longest([1])))

a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee("abc", 3)
print(list(x), list(zip(y, z)), tee([1], 0), type(x).__name__)
first, second = tee(n * n for n in range(5))
second_copy, = tee(second, 1)
print(list(first), list(second_copy))

# Flattening a matrix and transposing with zip_longest.
matrix = [[1, 2, 3], [4, 5], [6]]
print(list(zip_longest(*matrix, fillvalue=0)))

def attempt(label, f):
    try:
        print(label, f())
    except Exception as exc:
        print(label, type(exc).__name__, exc)

attempt("chain lazy", lambda: list(chain([1], 5)))
attempt("chain kw", lambda: chain(x=1))
attempt("compress", lambda: compress("abc"))
attempt("starmap", lambda: list(starmap(pow, [1])))
attempt("tee", lambda: tee([1], -1))
attempt("zip_longest", lambda: zip_longest([1], fill=0))
attempt("accumulate", lambda: accumulate())
attempt("pairwise", lambda: pairwise())
attempt("filterfalse", lambda: filterfalse(None))
print(itertools.chain.__name__, type(chain.from_iterable([])).__name__)
