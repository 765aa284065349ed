print("a" b"c")
