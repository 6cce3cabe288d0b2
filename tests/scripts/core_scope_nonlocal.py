# nonlocal rebinds a variable of the nearest enclosing function.
def outer():
    x = 1

    def change():
        nonlocal x
        x = 2
    print("before", x)
    change()
    print("after", x)


outer()


def nested_levels():
    a = "level1"

    def level2():
        b = "level2"

        def level3():
            nonlocal a, b
            a += "!"
            b += "?"
            return a, b
        r = level3()
        return r, b
    r = level2()
    return r, a


print(nested_levels())


def skip_level():
    x = 0

    def middle():
        def inner():
            nonlocal x
            x += 10
        inner()
        inner()
        return x
    return middle(), x


print(skip_level())


def shadowed():
    x = "outer"

    def middle():
        x = "middle"

        def inner():
            nonlocal x
            x = "set by inner"
        inner()
        return x
    m = middle()
    return m, x


print(shadowed())


def loop_counter():
    total = 0

    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total


print(loop_counter())


def nonlocal_param(n):
    def bump():
        nonlocal n
        n += 1
    bump()
    bump()
    return n


print(nonlocal_param(40))


def augmented_ops():
    s = "a"
    lst = [1]

    def go():
        nonlocal s, lst
        s *= 3
        lst += [2]
        lst = lst + [3]
    go()
    return s, lst


print(augmented_ops())
