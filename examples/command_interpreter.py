# command_interpreter.py -- a tiny shell built on the match statement.
#
# Shows: structural pattern matching with sequence patterns, alternatives (|),
# captures, `as`, star patterns, guards and the wildcard `_`.

def execute(line, state):
    match line.split():
        case []:
            return None                       # blank line: nothing to do
        case ["help"]:
            return "commands: set NAME VALUE, get NAME, del NAME, sum NAME..., list, quit"
        case ["set", name, value] if value.lstrip("-").isdigit():
            state[name] = int(value)          # numbers are stored as ints
            return f"{name} = {state[name]}"
        case ["set", name, value]:
            state[name] = value
            return f"{name} = {value!r}"
        case ["get", name] if name in state:
            return f"{name} is {state[name]!r}"
        case ["get", name]:
            return f"{name} is not set"
        case ["del" | "unset", name]:
            return f"removed {name}" if state.pop(name, None) is not None else f"{name} was not set"
        case ["sum", *names] if names:
            values = [state.get(n, 0) for n in names]
            if not all(isinstance(v, int) for v in values):
                return "sum needs numbers"
            return f"sum = {sum(values)}"
        case ["list"]:
            return ", ".join(f"{k}={v!r}" for k, v in sorted(state.items())) or "(empty)"
        case ["quit" | "exit" as word]:
            return word.upper()
        case [command, *_]:
            return f"unknown command: {command}"


SCRIPT = """\
help
set x 10
set y -4
set name weft

get x
get z
sum x y
sum x name
list
unset y
del y
frobnicate now
quit
set never reached"""

state = {}
for line in SCRIPT.splitlines():
    reply = execute(line, state)
    if reply is None:
        continue
    print(f"> {line}")
    print(f"  {reply}")
    if reply == "QUIT":
        break
