# A vending machine state machine driven by a fixed list of events, using match on tuples and classes.
class Coin:
    __match_args__ = ("cents",)
    def __init__(self, cents):
        self.cents = cents

class Select:
    __match_args__ = ("item",)
    def __init__(self, item):
        self.item = item

PRICES = {"cola": 150, "chips": 100, "gum": 35}

class Machine:
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.stock = {"cola": 1, "chips": 5, "gum": 0}

    def handle(self, event):
        match (self.state, event):
            case ("idle" | "paying", Coin(cents)) if cents in (5, 10, 25, 100):
                self.credit += cents
                self.state = "paying"
                return f"credit {self.credit}"
            case (_, Coin(cents)):
                return f"rejected coin {cents}"
            case ("paying", Select(item)) if item not in PRICES:
                return f"unknown item {item!r}"
            case ("paying", Select(item)) if self.stock[item] == 0:
                return f"{item} sold out"
            case ("paying", Select(item)) if self.credit < PRICES[item]:
                return f"{item} costs {PRICES[item]}, credit {self.credit}"
            case ("paying", Select(item)):
                self.stock[item] -= 1
                change, self.credit = self.credit - PRICES[item], 0
                self.state = "idle"
                return f"vend {item}, change {change}"
            case ("idle", Select(item)):
                return "insert coins first"
            case (_, "refund"):
                amount, self.credit, self.state = self.credit, 0, "idle"
                return f"refund {amount}"
            case (state, other):
                return f"ignored {other!r} in state {state}"

m = Machine()
events = [Select("cola"), Coin(100), Coin(3), Coin(25), Select("cola"), Coin(25), Select("cola"),
          Coin(100), Coin(100), Select("cola"), Select("gum"), Select("tea"), Select("chips"),
          Coin(10), "refund", "kick"]
for ev in events:
    label = f"{type(ev).__name__}({getattr(ev, 'cents', getattr(ev, 'item', ''))})" if not isinstance(ev, str) else ev
    print(f"{m.state:<7} {label:<14} -> {m.handle(ev)}")
print(m.stock)
