print(f"{name!r:>{width}} {value = :.2f}" "tail" f"{x!s}")
