# Ctrl-C during a busy loop raises KeyboardInterrupt there.
print("ready", flush=True)
n = 0
try:
    while True:
        n += 1
finally:
    print("finally runs", flush=True)
