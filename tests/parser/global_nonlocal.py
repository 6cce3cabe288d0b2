# global and nonlocal declarations.
counter = 0


def bump():
    global counter
    counter += 1


def outer():
    a = b = 0

    def inner():
        nonlocal a, b
        a += 1
        b += 1
        return a + b

    def other():
        global counter, total
        counter = total = 0

    return inner


class K:
    global counter
