pairs = {k: [v async for v in f(k) if v] for k, *_ in items if (n := len(k)) > 1}
