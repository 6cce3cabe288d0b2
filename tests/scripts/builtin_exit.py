# exit() and quit() raise SystemExit with the given code.
for call in (lambda: exit(), lambda: exit(3), lambda: quit("bye"),
             lambda: exit(code=4), lambda: quit(None)):
    try:
        call()
    except SystemExit as e:
        print("SystemExit", e.args, e.code)


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: exit(1, 2))
attempt(lambda: exit(x=4))
try:
    exit(5)
except Exception:
    print("not an Exception")
except BaseException as e:
    print("a BaseException:", type(e).__name__)
print("still running")
