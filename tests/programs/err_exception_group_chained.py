# Exception groups in chains: a group handled while another is raised,
# a group as the cause of a plain exception, notes on groups and on
# their sub-exceptions, and an exception seen twice printed once.
shared = KeyError("shared")
subs = []
for i in range(2):
    try:
        raise shared
    except KeyError:
        try:
            raise LookupError(i)
        except LookupError as e:
            subs.append(e)
try:
    try:
        raise ExceptionGroup("first", subs)
    except ExceptionGroup:
        e = ValueError("one")
        e.add_note("note 1")
        second = ExceptionGroup("second", [e, ExceptionGroup("nested", [TypeError()])])
        second.add_note("group note")
        raise second
except ExceptionGroup as g:
    print("caught", g, [str(x) for x in g.exceptions])
    raise RuntimeError("final") from g
