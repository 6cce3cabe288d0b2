# global and nonlocal in combination across nested functions.
x = "global"


def outer():
    x = "enclosing"

    def uses_global():
        global x
        return x

    def uses_enclosing():
        return x

    def sets_global():
        global x
        x = "set globally"
    sets_global()
    return uses_global(), uses_enclosing()


print(outer())
print(x)


def outer2():
    y = "outer2"

    def middle():
        global y
        y = "global y"

        def inner():
            return y
        return inner()
    return middle(), y


print(outer2())
print(y)


def counter_with_global():
    global total
    total = 0

    def add(n):
        global total
        total += n
    for i in range(4):
        add(i)
    return total


print(counter_with_global(), total)


def reads_global_before_any_assignment():
    return z


z = "late global"
print(reads_global_before_any_assignment())


def lambda_global():
    return (lambda: x)()


print(lambda_global())
