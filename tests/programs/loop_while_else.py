# while/else: the else block runs when the condition becomes false, not after break.
def find_factor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            print(n, "has factor", d)
            break
        d += 1
    else:
        print(n, "is prime")

for n in [2, 9, 13, 91, 97]:
    find_factor(n)

i = 5
while i:
    i -= 1
else:
    print("loop ended with i =", i)

while False:
    print("never")
else:
    print("else runs even for zero iterations")

# collatz with while loop
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

print([collatz(k) for k in range(1, 15)])

def countdown():
    k = 3
    while k > 0:
        print("tick", k)
        k -= 1
        if k == 100:
            break
    else:
        return "done"
    return "broken"

print(countdown())
