# Uncaught ZeroDivisionError after printing partial results; exit status 1.
def average(values):
    return sum(values) / len(values)

def safe_average(values):
    return average(values) if values else None

groups = {
    "a": [3, 4, 5],
    "b": [10],
    "c": [],
    "d": [1, 2],
}
print({name: safe_average(v) for name, v in groups.items()})
for name, values in groups.items():
    print(f"{name}: computing average of {values}")
    print(f"{name}: {average(values)}")
print("never printed")
