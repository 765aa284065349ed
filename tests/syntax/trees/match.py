match command.split():
    case ["go", ("north" | "south") as direction, *rest] if rest:
        pass
    case {"x": 0, **others} | Point(x=0, y=-1.5j):
        pass
    case _:
        pass
