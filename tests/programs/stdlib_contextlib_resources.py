# Managing resources with contextlib: contextmanager, ExitStack, closing, suppress, nullcontext.
import contextlib
from contextlib import ExitStack, closing, contextmanager, nullcontext, suppress


class Connection:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def query(self, q):
        return f"{self.name}: {q}"

    def close(self):
        print("close", self.name)


@contextmanager
def transaction(conn):
    print("begin", conn.name)
    try:
        yield conn
    except ValueError as e:
        print("rollback", conn.name, "because", e)
        raise
    else:
        print("commit", conn.name)
    finally:
        print("end", conn.name)


with closing(Connection("db1")) as c:
    print(c.query("select 1"))

with closing(Connection("db2")) as c, transaction(c) as t:
    print(t.query("update"))

try:
    with transaction(Connection("db3")):
        raise ValueError("constraint violated")
except ValueError as e:
    print("caught:", e)

with suppress(FileNotFoundError, KeyError):
    {}["missing"]
print("suppressed KeyError")

with ExitStack() as stack:
    conns = [stack.enter_context(closing(Connection(f"pool{i}"))) for i in range(3)]
    stack.callback(print, "callback runs first")
    print([c.name for c in conns])


def maybe_lock(use_lock):
    return transaction(Connection("locked")) if use_lock else nullcontext("no lock")


for flag in (False, True):
    with maybe_lock(flag) as value:
        print("inside with", value if isinstance(value, str) else value.name)

with ExitStack() as stack:
    stack.enter_context(suppress(ZeroDivisionError))
    stack.callback(lambda: print("cleanup after error"))
    1 / 0
print("after ExitStack")

stack = ExitStack()
stack.callback(print, "deferred")
moved = stack.pop_all()
print("stack emptied")
moved.close()



@contextmanager
def tag(name):
    print(f"<{name}>")
    yield
    print(f"</{name}>")


@tag("section")
def render():
    print("content")


render()
with tag("a"), tag("b"):
    print("nested")
print(isinstance(nullcontext(), contextlib.AbstractContextManager))
