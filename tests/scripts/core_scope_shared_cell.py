# Two closures sharing one cell see each other's writes.
def make():
    shared = 0

    def inc():
        nonlocal shared
        shared += 1
        return shared

    def dec():
        nonlocal shared
        shared -= 1
        return shared

    def peek():
        return shared
    return inc, dec, peek


inc, dec, peek = make()
print(inc(), inc(), dec(), peek())
inc2, dec2, peek2 = make()
print(inc2(), peek(), peek2())
print(inc.__closure__[0] is peek.__closure__[0])
print(inc.__closure__[0] is inc2.__closure__[0])


def bank(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance

    def withdraw(n):
        nonlocal balance
        if n > balance:
            return "insufficient"
        balance -= n
        return balance
    return deposit, withdraw


dep, wd = bank(10)
print(dep(5), wd(3), wd(100), dep(88), wd(100))


def param_cell(x):
    def get():
        return x
    x = x * 2
    return get


print(param_cell(21)())


def list_cell():
    items = []
    add = items.append

    def view():
        return items
    add(1)
    add(2)
    return view


print(list_cell()())


def rebinding():
    v = [1]

    def get():
        return v
    g1 = get()
    v = [2]
    return g1, get()


print(rebinding())
