# Uncaught user-defined exception with a custom message, raised after some successful operations.
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount}: balance is only {balance}")
        self.balance = balance
        self.amount = amount

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        print(f"{self.owner} withdrew {amount}, balance {self.balance}")

acct = Account("ann", 100)
for amount in [30, 50]:
    acct.withdraw(amount)
try:
    acct.withdraw(1000)
except BankError as e:
    print("handled:", e)
acct.withdraw(25)
