# What except* leaves unhandled propagates as a group of the same shape,
# with what a handler raised alongside it; the traceback shows the frames
# the original group passed through.
def boom():
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), KeyError(3)])


def main():
    try:
        boom()
    except* ValueError as eg:
        print("handled", repr(eg))
    except* TypeError:
        raise RuntimeError("in handler")


main()
