# string: character-class constants and simple $-templates.
import string

print(string.ascii_lowercase)
print(string.digits, string.punctuation)

# Keep only letters and digits.
raw = "Hello, World! 2024"
print("".join(ch for ch in raw if ch in string.ascii_letters + string.digits))

# Template substitutes $name placeholders; safe_substitute leaves unknown ones.
letter = string.Template("Dear $name, you owe $$${amount}.")
print(letter.substitute(name="Ann", amount=12))
print(letter.safe_substitute(name="Bob"))
print(string.capwords("hello big world"))
