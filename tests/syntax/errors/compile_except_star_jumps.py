for item in items:
    try:
        pass
    except* ValueError:
        for retry in range(3):
            break
        continue
