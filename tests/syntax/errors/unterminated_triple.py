x = 1
s = """abc

print(1)
