# UnboundLocalError: a name assigned anywhere in a function is local everywhere in it.
x = "global x"


def reads_before_assign():
    print(x)
    x = "local"


def conditional_assign(flag):
    if flag:
        y = 1
    return y


def deleted_local():
    z = 1
    del z
    return z


def augmented():
    x += "!"
    return x


def loop_never_runs():
    for item in []:
        pass
    return item


def except_name():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    return err


for fn, args in [(reads_before_assign, ()), (conditional_assign, (True,)),
                 (conditional_assign, (False,)), (deleted_local, ()),
                 (augmented, ()), (loop_never_runs, ()), (except_name, ())]:
    try:
        print(fn.__name__, fn(*args))
    except UnboundLocalError as e:
        print(fn.__name__, "UnboundLocalError:", e)
print(issubclass(UnboundLocalError, NameError))
try:
    reads_before_assign()
except NameError as e:
    print(type(e).__name__, e)


def free_before_assign():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    v = 1
    return inner()


print(free_before_assign())
