# Exceptions raised inside except/else/finally blocks, bare except, and handler selection order.
def risky(kind):
    if kind == "value":
        raise ValueError("v")
    if kind == "type":
        raise TypeError("t")
    if kind == "custom":
        raise BaseException("base only")
    return "fine"

for kind in ["value", "type", "none", "custom"]:
    try:
        result = risky(kind)
    except ValueError:
        print(kind, "-> ValueError handler")
    except (TypeError, KeyError) as e:
        print(kind, "-> tuple handler", type(e).__name__)
    except:
        print(kind, "-> bare except catches BaseException too")
    else:
        print(kind, "-> else with", result)

def error_in_handler():
    try:
        [][1]
    except IndexError as first:
        try:
            {}["k"]
        except KeyError as second:
            return f"inner {second!r} context {second.__context__!r}"

print(error_in_handler())

def error_in_else():
    try:
        pass
    except Exception:
        return "not here"
    else:
        raise RuntimeError("from else")

try:
    error_in_else()
except RuntimeError as e:
    print("caught", e, "context:", e.__context__)

def order_matters():
    try:
        raise KeyError("k")
    except LookupError:
        return "LookupError handler first (KeyError is a LookupError)"
    except KeyError:
        return "unreachable"

print(order_matters())
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise
    finally:
        print("finally runs while the exception propagates")
except ValueError as e:
    print("outer got", e)

def exception_var_cleared():
    e = "before"
    try:
        raise OSError("io")
    except OSError as e:
        pass
    return "e" in locals()
print("exception name still bound:", exception_var_cleared())
