# OSError(errno, strerror[, filename[, winerror[, filename2]]]) picks the
# subclass for the errno (only when called on OSError itself), keeps errno,
# strerror and the file names as attributes, and words str() from them.
ENOENT, EACCES, EPERM, EEXIST, EISDIR, ENOTDIR = 2, 13, 1, 17, 21, 20
EINTR, ECHILD, ESRCH, ETIMEDOUT, ECONNREFUSED = 4, 10, 3, 110, 111
ECONNRESET, ECONNABORTED, EPIPE, ESHUTDOWN = 104, 103, 32, 108
EAGAIN, EALREADY, EWOULDBLOCK, EINPROGRESS, EINVAL = 11, 114, 11, 115, 22

for n in [ENOENT, EACCES, EPERM, EEXIST, EISDIR, ENOTDIR, EINTR, ECHILD, ESRCH,
          ETIMEDOUT, ECONNREFUSED, ECONNRESET, ECONNABORTED, EPIPE, ESHUTDOWN,
          EAGAIN, EALREADY, EWOULDBLOCK, EINPROGRESS, EINVAL, 12345]:
    e = OSError(n, "msg")
    print(n, type(e).__name__, e, repr(e), e.errno, e.strerror, e.filename, e.args)

for args in [(), ("x",), (2,), (2, "nope"), (2, "nope", "f.txt"),
             (2, "nope", "f.txt", None, "g.txt"), (2, "nope", None), (2, "nope", 3),
             ("a", "b", "c", "d"), (2, "nope", "f", 5, "g", 6), (2.0, "x"), ("2", "x"),
             (None, None), (True, "bool"), (2, "x", "")]:
    e = OSError(*args)
    print(args, type(e).__name__, str(e), repr(e))
    print("   ", e.errno, e.strerror, e.filename, e.filename2, e.args)

print(type(FileNotFoundError(13, "x")).__name__, FileNotFoundError(13, "x"))
print(type(PermissionError(2, "x", "p")).__name__, PermissionError(2, "x", "p"))
print(IOError is OSError, EnvironmentError is OSError, type(IOError(2, "x")).__name__)
print(isinstance(OSError(EPIPE, "pipe"), ConnectionError))


class Plain(OSError):
    pass


class NetError(OSError):
    def __init__(self, host):
        super().__init__(ECONNREFUSED, "refused", host)
        self.host = host


class NoSuper(OSError):
    def __init__(self, x):
        self.x = x


class WithNew(OSError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)


e = Plain(ENOENT, "x")
print(type(e).__name__, e, e.errno)
e = NetError("example.com")
print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args, e.host)
e = NoSuper(2)
print(repr(e), repr(str(e)), e.args, e.errno, e.x)
e = WithNew(2, "x", "y")
print(type(e).__name__, e, e.args, e.filename)

for call in [lambda: OSError(2, "x", filename="f"), lambda: FileNotFoundError(errno=2)]:
    try:
        call()
    except TypeError as ex:
        print("TypeError:", ex)

e = FileNotFoundError()
print(repr(e), e.errno, e.filename)
e.filename = "late"
print(str(e), e.args)
e = OSError(2, "nope")
e.errno, e.strerror, e.filename = 5, "changed", "z"
print(e, e.args, vars(e))

b = BlockingIOError(EAGAIN, "again", 3)
print(b.characters_written, b.args, b.filename)
b.characters_written = 7
print(b.characters_written)
try:
    BlockingIOError(EAGAIN, "x").characters_written
except AttributeError as ex:
    print("AttributeError:", ex)

e = OSError(EACCES, "denied", "/etc/shadow", None, "/tmp/x")
print(type(e).__name__, e, e.filename2, e.args)
try:
    raise OSError(EEXIST, "exists", "d")
except FileExistsError as ex:
    print("caught", type(ex).__name__, ex)
try:
    open("no/such/file.txt")
except OSError as ex:
    print(type(ex).__name__, ex, ex.errno, ex.strerror, ex.filename, ex.args)
