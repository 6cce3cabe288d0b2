# Counter factories: each call creates an independent cell.
def make_counter(start=0, step=1):
    count = start

    def incr():
        nonlocal count
        count += step
        return count
    return incr


c1 = make_counter()
c2 = make_counter(100, 10)
print(c1(), c1(), c1())
print(c2(), c2())
print(c1(), c2())


def make_accumulator():
    total = []

    def add(x):
        total.append(x)
        return sum(total)
    return add


acc = make_accumulator()
print(acc(5), acc(10), acc(-3))
acc2 = make_accumulator()
print(acc2(1), acc(0))


def make_pair():
    value = 0

    def get():
        return value

    def set_(v):
        nonlocal value
        value = v
    return get, set_


get, set_ = make_pair()
print(get())
set_(42)
print(get())
get2, set2 = make_pair()
set2("other")
print(get(), get2())
print(c1.__closure__ is not None, len(c1.__closure__))
print(sorted(cell.cell_contents for cell in c1.__closure__))


def no_closure():
    return 1


print(no_closure.__closure__)


def make_ids():
    n = 0

    def next_id(prefix="id"):
        nonlocal n
        n += 1
        return prefix + str(n)
    return next_id


ids = make_ids()
print([ids() for _ in range(3)], ids("x"))
