# try/except/else/finally: which blocks run, in what order.
def attempt(action):
    log = []
    try:
        log.append("try")
        if action == "value":
            raise ValueError("bad value")
        if action == "key":
            {}["missing"]
        if action == "zero":
            1 / 0
        log.append("try done")
    except ValueError as e:
        log.append(f"ValueError({e})")
    except (KeyError, IndexError) as e:
        log.append(f"lookup {type(e).__name__} {e}")
    except Exception as e:
        log.append(f"other {type(e).__name__}: {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

for action in ["ok", "value", "key", "zero"]:
    print(action, attempt(action))

def finally_runs_on_return():
    try:
        return "from try"
    finally:
        print("finally before return")

print(finally_runs_on_return())

def finally_in_loop():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)

finally_in_loop()

try:
    try:
        raise TypeError("inner")
    finally:
        print("inner finally")
except TypeError as e:
    print("caught outside:", e)

try:
    pass
except:
    print("never")
else:
    print("bare except skipped, else runs")

err = None
try:
    raise KeyError("k")
except KeyError as err:
    pass
try:
    print(err)
except NameError as e:
    print("name unbound after except:", e)
