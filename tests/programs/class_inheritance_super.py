# Inheritance, method overriding, super() and the method resolution order.
class Animal:
    def __init__(self, name):
        self.name = name
    def sound(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.sound()}"

class Cat(Animal):
    def sound(self):
        return "meow"

class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def sound(self):
        return super().sound().upper() + " (roar)"

for a in [Animal("thing"), Cat("tom"), Lion("leo", "north")]:
    print(a.describe())
print(Lion("x", "y").pride, [c.__name__ for c in Lion.__mro__])

# Diamond inheritance: each class's method runs once, in MRO order
class Base:
    def hello(self):
        return ["Base"]
class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()
class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()

print(Child().hello())
print([k.__name__ for k in Child.mro()])
print(issubclass(Child, Base), issubclass(Base, Child), isinstance(Child(), Right))

class Explicit(Left):
    def hello(self):
        return super(Left, self).hello()

print(Explicit().hello())

class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area")
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Blob(Shape):
    pass
for shape in [Square(3), Blob()]:
    try:
        print(type(shape).__name__, shape.area())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(Square.__bases__[0].__name__, Square.__base__ is Shape)
