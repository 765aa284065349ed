# Text statistics with Counter and OrderedDict; a ChainMap of settings.
from collections import ChainMap, Counter, OrderedDict
import collections

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief"""
words = [w.strip(",.").lower() for w in text.split()]
c = Counter(words)
print(c.most_common(5))
print(Counter(text.replace(" ", "").replace("\n", "")).most_common(6))
print(sum(c.values()), len(c), c["was"], c["never"])
letters = Counter("mississippi")
print(letters, +letters, -Counter(a=-2, b=3), letters == Counter("ssissippim"))
print(repr(Counter()), repr(Counter(a=1)), type(letters).__module__)

od = OrderedDict()
for key in ["zebra", "apple", "mango", "kiwi"]:
    od[key] = len(key)
print(od)
od.move_to_end("zebra")
od.move_to_end("kiwi", last=False)
print(od, list(od.keys()))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(repr(OrderedDict()), OrderedDict([("x", [1, 2])]))

defaults = {"theme": "light", "font": "mono", "size": 12}
user = {"theme": "dark"}
cli = {"size": 14}
settings = ChainMap(cli, user, defaults)
print(settings["theme"], settings["font"], settings["size"], len(settings))
print(dict(settings), sorted(settings))
child = settings.new_child({"font": "serif"})
print(child["font"], child.maps[0], child.parents["font"])
settings["lang"] = "en"
print(cli, "lang" in settings, settings.get("missing", "n/a"))
print(repr(ChainMap({"a": 1}, {"b": 2})))
print(type(od), type(settings), collections.deque, collections.defaultdict)
