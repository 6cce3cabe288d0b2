# Stacked decorators apply bottom-up; decorator expressions evaluate top-down.
order = []


def deco(label):
    order.append("make " + label)

    def decorate(func):
        order.append("apply " + label)

        def wrapper(*args):
            order.append("enter " + label)
            result = func(*args)
            order.append("exit " + label)
            return label + "(" + result + ")"
        return wrapper
    return decorate


@deco("A")
@deco("B")
@deco("C")
def base(x):
    order.append("base")
    return x


for step in order:
    print(step)
order.clear()
print(base("v"))
for step in order:
    print(step)


def bold(func):
    return lambda: "<b>" + func() + "</b>"


def italic(func):
    return lambda: "<i>" + func() + "</i>"


@bold
@italic
def text():
    return "hi"


@italic
@bold
def text2():
    return "hi"


print(text(), text2())


def times(n):
    def decorate(func):
        return lambda x: func(x) * n
    return decorate


@times(2)
@times(3)
@times(5)
def one(x):
    return x


print(one(1), one(7))
print(text.__name__, base.__name__)
