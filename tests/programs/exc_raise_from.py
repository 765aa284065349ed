# raise, raise from, re-raise, and the __cause__/__context__ chain.
class ConfigError(Exception):
    pass

def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e

try:
    parse_port("80a")
except ConfigError as e:
    print("error:", e)
    print("cause:", repr(e.__cause__))
    print("suppress context:", e.__suppress_context__)

def implicit_chain():
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("while handling")

try:
    implicit_chain()
except RuntimeError as e:
    print("context:", repr(e.__context__), "cause:", e.__cause__)

def no_chain():
    try:
        [][0]
    except IndexError:
        raise LookupError("clean") from None

try:
    no_chain()
except LookupError as e:
    print("from None:", e.__cause__, e.__suppress_context__, repr(e.__context__))

def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging, then re-raising")
        raise

try:
    reraise()
except ValueError as e:
    print("re-raised:", e)

try:
    raise TypeError
except TypeError as e:
    print("raised class:", repr(e), e.args)

err = KeyError("saved")
try:
    raise err
except KeyError as e:
    print(e is err, e)

try:
    raise 42
except TypeError as e:
    print("TypeError:", e)

try:
    raise ValueError("a") from KeyError("b")
except ValueError as e:
    print(repr(e), "<-", repr(e.__cause__))
