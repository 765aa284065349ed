# A command interpreter: match on split command words with sequence, or, capture, star and guard patterns.
def run(commands):
    items = {}
    position = [0, 0]
    log = []
    for line in commands:
        match line.split():
            case []:
                continue
            case ["quit" | "exit"]:
                log.append("bye")
                break
            case ["go", ("north" | "south" | "east" | "west") as direction]:
                dx, dy = {"north": (0, 1), "south": (0, -1), "east": (1, 0), "west": (-1, 0)}[direction]
                position[0] += dx
                position[1] += dy
                log.append(f"went {direction} to {tuple(position)}")
            case ["go", *other]:
                log.append(f"cannot go {' '.join(other) or 'nowhere'}")
            case ["take", item, "x", count] if count.isdigit():
                items[item] = items.get(item, 0) + int(count)
                log.append(f"took {count} {item}")
            case ["take", *things] if things:
                for thing in things:
                    items[thing] = items.get(thing, 0) + 1
                log.append(f"took {', '.join(things)}")
            case ["drop", item] if item in items:
                items[item] -= 1
                if not items[item]:
                    del items[item]
                log.append(f"dropped {item}")
            case ["drop", item]:
                log.append(f"no {item} to drop")
            case ["inventory" | "inv" | "i"]:
                log.append("carrying " + (", ".join(f"{k}={v}" for k, v in items.items()) or "nothing"))
            case [verb, *_]:
                log.append(f"unknown command {verb!r}")
    return log

script = [
    "go north", "go north", "go west", "go up", "go",
    "take lamp", "take coin x 3", "take rope sword", "",
    "inv", "drop sword", "drop shield", "drop lamp", "i",
    "dance wildly", "quit", "go south",
]
for entry in run(script):
    print(entry)
