# Ctrl-C in a busy loop raises KeyboardInterrupt there; finally blocks run.
print("ready", flush=True)
n = 0
try:
    while True:
        n += 1
finally:
    print("finally ran")
