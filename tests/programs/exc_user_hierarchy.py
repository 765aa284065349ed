# User-defined exception classes with a hierarchy, custom __init__ and __str__.
class AppError(Exception):
    """Base for application errors."""

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return f"{self.field}: {self.message}"

class NotFound(AppError):
    pass

class UserNotFound(NotFound):
    def __init__(self, user_id):
        super().__init__(f"user {user_id} not found")
        self.user_id = user_id

def lookup(user_id):
    users = {1: "ann", 2: "bob"}
    if not isinstance(user_id, int):
        raise ValidationError("user_id", "must be an integer")
    if user_id not in users:
        raise UserNotFound(user_id)
    return users[user_id]

for uid in [1, 3, "x", 2]:
    try:
        print("found", lookup(uid))
    except ValidationError as e:
        print("invalid ->", e, "| args:", e.args)
    except NotFound as e:
        print("missing ->", e, "| id:", e.user_id)

print(issubclass(UserNotFound, AppError), issubclass(ValidationError, NotFound))
print([c.__name__ for c in UserNotFound.__mro__])
print(AppError.__doc__)
print(repr(UserNotFound(5)), repr(ValidationError("f", "m")))

try:
    raise NotFound("plain")
except AppError as e:
    print(type(e).__name__, e)

class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)

try:
    raise WithDefault
except WithDefault as e:
    print(e, e.args)
print(str(Exception()), repr(Exception()), str(Exception(1, 2)))
