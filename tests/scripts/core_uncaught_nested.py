# An uncaught exception raised three calls deep ends the program with status 1.
def parse(text):
    print("parse", repr(text))
    return int(text)


def load(items):
    out = []
    for item in items:
        print("load", repr(item))
        out.append(parse(item))
    return out


def main():
    print("main start")
    print(load(["1", "2"]))
    print(load(["3", "four", "5"]))
    print("not reached")


main()
print("not reached either")
