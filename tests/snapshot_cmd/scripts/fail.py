for i in range(1, 6):
    print("line", i)
print("the end")
