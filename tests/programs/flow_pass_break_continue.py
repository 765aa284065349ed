# pass as a placeholder, break and continue in nested loops.
def todo():
    pass

class Empty:
    pass

print(todo(), Empty.__name__)

for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)

n = 0
while True:
    n += 1
    if n < 3:
        continue
    elif n == 3:
        pass
    print("n =", n)
    if n >= 5:
        break

# break only leaves the innermost loop
for a in range(3):
    for b in range(3):
        if b == a:
            break
        print(a, b)

# continue in a while with an else clause that is skipped by break
count = 0
while count < 6:
    count += 1
    if count == 2:
        continue
    print("count", count)
else:
    print("while finished without break")

for word in ["alpha", "beta", "gamma"]:
    for ch in word:
        if ch in "aeiou":
            continue
        print(word, ch, end="; ")
    print()
