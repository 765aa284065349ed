# Classes: __init__, instance vs class attributes, methods, __repr__ and __str__.
class Dog:
    species = "canis familiaris"
    count = 0

    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1

    def __repr__(self):
        return f"Dog({self.name!r}, {self.age})"

    def __str__(self):
        return f"{self.name} ({self.age} years)"

    def birthday(self):
        self.age += 1
        return self

    def speak(self, sound="woof"):
        return f"{self.name} says {sound}"

rex = Dog("Rex", 3)
fido = Dog("Fido", 5)
print(rex, repr(fido))
print([rex, fido])
print(rex.birthday().birthday().age)
print(rex.speak(), fido.speak("arf"))
print(Dog.count, rex.species == fido.species)
print(type(rex).__name__, type(rex) is Dog, isinstance(rex, Dog))
print(Dog.speak(rex, "grr"))
method = rex.speak
print(method(), method.__self__ is rex, method.__func__ is Dog.speak)
print(f"{rex}", f"{rex!r}", str(rex), "%s" % rex)

print(sorted(vars(rex).items()))
rex.trick = "roll over"
print(rex.__dict__)
print(Dog.__name__, Dog.__qualname__, Dog.__module__)

class Empty:
    pass
e = Empty()
print(type(e).__name__, isinstance(e, object), Empty.__bases__)
print(Dog)
