# raise SystemExit(3) ends the program with status 3 and prints nothing on stderr.
def shutdown(code):
    print("shutting down with", code)
    raise SystemExit(code)


try:
    raise SystemExit(7)
except SystemExit as e:
    print("caught SystemExit", e.code)
print("still running")
try:
    shutdown(3)
finally:
    print("finally runs during SystemExit")
print("not reached")
