# An event bus with decorator-based subscription, *args/**kwargs forwarding, priorities and unsubscription.
class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, event, priority=0):
        def decorator(fn):
            self.handlers.setdefault(event, []).append((priority, fn))
            self.handlers[event].sort(key=lambda pair: -pair[0])
            return fn
        return decorator

    def off(self, event, fn):
        before = len(self.handlers.get(event, []))
        self.handlers[event] = [(p, f) for p, f in self.handlers.get(event, []) if f is not fn]
        return before - len(self.handlers[event])

    def emit(self, event, *args, **kwargs):
        results = []
        for _, fn in self.handlers.get(event, []):
            try:
                results.append(fn(*args, **kwargs))
            except Exception as e:
                results.append(f"{fn.__name__} failed: {e!r}")
        return results

bus = EventBus()

@bus.on("login")
def greet(user, **info):
    return f"welcome {user}" + (f" from {info['city']}" if "city" in info else "")

@bus.on("login", priority=10)
def audit(user, **info):
    return f"audit: {user} {sorted(info.items())}"

@bus.on("login", priority=5)
def flaky(user, **info):
    return 1 / len(info)

@bus.on("logout")
def bye(user):
    return f"bye {user}"

print(bus.emit("login", "ann", city="Oslo", device="phone"))
print(bus.emit("login", "bob"))
print(bus.emit("logout", user="ann"))
print(bus.emit("unknown", 1, 2))
print("removed", bus.off("login", flaky))
print(bus.emit("login", "cyd", city="Lima"))
counter = {"n": 0}
def make_counter(step):
    @bus.on("tick")
    def tick():
        counter["n"] += step
        return counter["n"]
    return tick
for step in (1, 10, 100):
    make_counter(step)
print(bus.emit("tick"), bus.emit("tick"))
print([fn.__name__ for _, fn in bus.handlers["login"]])
