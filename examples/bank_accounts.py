# bank_accounts.py -- a small class hierarchy with custom exceptions.
#
# Shows: classes, __init__, __repr__, properties, inheritance with super(),
# class attributes, user-defined exceptions and try/except/else.


class BankError(Exception):
    """Base class for everything that can go wrong in the bank."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance is {account.balance}")
        self.shortfall = amount - account.balance


class Account:
    next_id = 1  # a class attribute, shared by all accounts

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account.next_id
        Account.next_id += 1

    @property
    def balance(self):
        """Read-only view of the balance."""
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise BankError(f"deposits must be positive, not {amount}")
        self._balance += amount

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount

    def __repr__(self):
        return f"{type(self).__name__}(id={self.id}, owner={self.owner!r}, balance={self._balance})"


class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.05):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self._balance * self.rate)
        self.deposit(interest)
        return interest


alice = Account("alice", 100)
bob = SavingsAccount("bob", 1000, rate=0.02)
print(alice)
print(bob)

# Each operation is (account, method name, amount); getattr looks the method up by name.
operations = [(alice, "withdraw", 30), (alice, "withdraw", 500),
              (bob, "deposit", -5), (bob, "deposit", 250)]
for account, action, amount in operations:
    try:
        getattr(account, action)(amount)
    except InsufficientFunds as e:
        print(f"refused: {e} (short by {e.shortfall})")
    except BankError as e:
        print(f"error: {e}")
    else:
        print(f"ok: {action} {amount} -> {account.balance}")

print("bob earned", bob.add_interest(), "in interest")
print(alice)
print(bob)
print(isinstance(bob, Account), issubclass(InsufficientFunds, BankError))
