# Slicing strings, lists, tuples and ranges with positive and negative steps and out-of-range bounds.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[-1:-4:-1])
print(s[2:100], s[100:], repr(s[5:2]), s[-100:3], s[3:-100:-1])
nums = list(range(10))
print(nums[::3], nums[9:0:-3], nums[-2::-4], nums[5::-1])
t = tuple(nums)
print(t[1:4], t[::-5], type(t[1:2]).__name__)
r = range(0, 20, 3)
print(r[2:5], list(r[::-1]), r[-1], r[::2])
sl = slice(1, 8, 2)
print(s[sl], nums[sl], sl.start, sl.stop, sl.step, sl)
print(slice(None, None, -1).indices(5), slice(-3, None).indices(10))
print(nums[slice(3)], s[slice(None)])
print("palindrome" if "racecar" == "racecar"[::-1] else "no")
b = b"bytes!"
print(b[1:3], b[::-1], b[0])
lst = list("abcdef")
lst[1:3] = ["X"]
print(lst)
lst[::2] = "123"
print(lst)
lst[:0] = ["start"]
lst[len(lst):] = ["end"]
print(lst)
del lst[::3]
print(lst)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
print(s[True:3], nums[-1:-1], nums[2:2:-1])
