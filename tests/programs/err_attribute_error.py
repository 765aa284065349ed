# Uncaught AttributeError: calling a method on None stored for a user without an email.
class User:
    def __init__(self, name, email=None):
        self.name = name
        self.email = email

    def domain(self):
        return self.email.split("@")[1]

    def __repr__(self):
        return f"User({self.name!r})"

users = [User("ann", "ann@example.org"), User("bob", "bob@weft.dev"), User("cyd")]
print(users)
print("has email:", [u.name for u in users if u.email])
print(getattr(users[2], "phone", "no phone attribute"))
try:
    users[0].phone
except AttributeError as e:
    print("handled:", e)
for u in users:
    print(u.name, "->", u.domain())
