# input() with stdin at end of file: the prompt is written, then EOFError.
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError:", e)
try:
    input()
except EOFError as e:
    print("EOFError again:", e)


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: input(1, 2))
attempt(lambda: input(prompt="x"))
