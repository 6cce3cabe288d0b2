# SystemExit with no argument or None ends with status 0 and no message.
print("before")
try:
    raise SystemExit(None)
except SystemExit as e:
    print("code is", e.code)
print("exiting")
raise SystemExit
print("not reached")
