x = -2 ** -y // 3 @ m if not a in b is not c else lambda p, /, q=1, *r, s, **t: p
