class Account:
    pass

print(Account())
print("balance:", 10 / 0)
