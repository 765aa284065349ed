# text_adventure.py -- a state machine driven by a fixed list of commands.
#
# Shows: data-driven design with nested dicts, the match statement on
# command words, sets for the player's inventory, and a game loop that
# stops on victory (while/else would report running out of commands).

ROOMS = {
    "hall": {"text": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "kitchen": {"text": "A cold kitchen.", "exits": {"west": "hall"}, "items": ["key"]},
    "library": {"text": "Shelves of old books.", "exits": {"south": "hall", "up": "tower"}, "items": []},
    "tower": {"text": "A locked chest sits here.", "exits": {"down": "library"}, "items": []},
}

COMMANDS = [
    "look", "go north", "go up", "open chest", "go down", "go south",
    "take lamp", "go east", "take key", "take spoon", "inventory",
    "go west", "go north", "go up", "open chest", "dance",
]


def play(commands):
    room, carrying, moves = "hall", set(), 0
    queue = list(commands)
    while queue:
        command = queue.pop(0)
        moves += 1
        print(f"[{room}] > {command}")
        match command.split():
            case ["look"]:
                here = ROOMS[room]
                print("   ", here["text"], "Exits:", ", ".join(here["exits"]),
                      "| Items:", ", ".join(here["items"]) or "none")
            case ["go", direction] if direction in ROOMS[room]["exits"]:
                if direction == "up" and "lamp" not in carrying:
                    print("    It is too dark to climb the stairs.")
                    continue
                room = ROOMS[room]["exits"][direction]
                print("   ", ROOMS[room]["text"])
            case ["go", direction]:
                print(f"    You cannot go {direction} from here.")
            case ["take", item] if item in ROOMS[room]["items"]:
                ROOMS[room]["items"].remove(item)
                carrying.add(item)
                print(f"    Taken: {item}.")
            case ["take", item]:
                print(f"    There is no {item} here.")
            case ["inventory"]:
                print("    You carry:", ", ".join(sorted(carrying)) or "nothing")
            case ["open", "chest"] if room == "tower":
                if "key" in carrying:
                    print("    The chest opens. You found the treasure!")
                    break
                print("    The chest is locked.")
            case _:
                print("    Nothing happens.")
    else:
        print("You ran out of commands before finding the treasure.")
        return None
    return moves


moves = play(COMMANDS)
print(f"Victory in {moves} moves." if moves else "Game over.")
