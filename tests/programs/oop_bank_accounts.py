# A bank account hierarchy: properties, classmethods, overridden methods, custom exceptions and a ledger.
class TransactionError(Exception): pass
class InsufficientFunds(TransactionError): pass

class Account:
    _next_number = 1000
    interest_rate = 0.0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.history = []

    balance = property(lambda self: self._balance)

    @classmethod
    def open(cls, owner, deposit):
        acct = cls(owner)
        acct.deposit(deposit)
        return acct

    def deposit(self, amount):
        if amount <= 0:
            raise TransactionError(f"deposit must be positive, got {amount}")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner}: balance {self._balance}, requested {amount}")
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def month_end(self):
        interest = round(self._balance * self.interest_rate, 2)
        if interest:
            self._balance += interest
            self.history.append(("interest", interest))

    def __repr__(self):
        return f"{type(self).__name__}(#{self.number}, {self.owner!r}, {self._balance:.2f})"

class Savings(Account):
    interest_rate = 0.02

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise TransactionError("savings accounts allow two withdrawals")
        super().withdraw(amount)

class Overdraft(Account):
    def __init__(self, owner, balance=0, limit=100):
        super().__init__(owner, balance)
        self.limit = limit

    def withdraw(self, amount):
        if amount > self._balance + self.limit:
            raise InsufficientFunds(f"{self.owner}: over limit by {amount - self._balance - self.limit}")
        self._balance -= amount
        self.history.append(("withdraw", amount))

accounts = [Account.open("ann", 100), Savings.open("bob", 1000), Overdraft("cyd", 50, limit=200)]
operations = [(0, "withdraw", 30), (1, "withdraw", 100), (1, "withdraw", 50), (1, "withdraw", 10),
              (2, "withdraw", 220), (2, "withdraw", 100), (0, "deposit", -5), (0, "withdraw", 500)]
for index, op, amount in operations:
    acct = accounts[index]
    try:
        getattr(acct, op)(amount)
        print(f"ok    {op:<8} {amount:>5} -> {acct}")
    except InsufficientFunds as e:
        print(f"FUNDS {op:<8} {amount:>5} -> {e}")
    except TransactionError as e:
        print(f"ERROR {op:<8} {amount:>5} -> {e}")
for acct in accounts:
    acct.month_end()
    print(acct, acct.history)
print(sum(a.balance for a in accounts))
