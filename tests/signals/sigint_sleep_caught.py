# Ctrl-C ends time.sleep with a KeyboardInterrupt the program can catch.
import time

print("ready", flush=True)
try:
    time.sleep(30)
except KeyboardInterrupt:
    print("caught", flush=True)
print("after")
