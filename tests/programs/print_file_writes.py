# print() to a file object of the program's own: one write() per argument,
# per separator and for the end, and flush() when asked.
import sys


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)
        return len(s)

    def flush(self):
        self.calls.append("<flush>")


r = Recorder()
print("a", 1, [2], file=r)
print(file=r)
print("x", "y", sep="", end="", file=r)
print("z", sep="--", end="!\n", file=r, flush=True)
print(r.calls)

saved = sys.stdout
sys.stdout = Recorder()
print("to the recorder", 3.5)
calls = sys.stdout.calls
sys.stdout = saved
print(calls)


class Loud:
    def __str__(self):
        return "LOUD"


r2 = Recorder()
print(Loud(), None, True, sep=" | ", file=r2)
print(r2.calls)
