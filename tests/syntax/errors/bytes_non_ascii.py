x = b"naïve"
