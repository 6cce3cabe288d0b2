# Decorators that take arguments (decorator factories).
def repeat(times):
    def decorate(func):
        def wrapper(*args):
            results = []
            for _ in range(times):
                results.append(func(*args))
            return results
        return wrapper
    return decorate


@repeat(3)
def shout(word):
    return word.upper()


print(shout("hi"))


@repeat(0)
def never():
    print("not printed")


print(never())


def tag(name, close=True):
    def decorate(func):
        def wrapper(*args, **kwargs):
            inner = func(*args, **kwargs)
            if close:
                return "<" + name + ">" + inner + "</" + name + ">"
            return "<" + name + ">" + inner
        wrapper.__name__ = func.__name__
        wrapper.__doc__ = func.__doc__
        return wrapper
    return decorate


@tag("b")
def bold(text):
    """Make it bold."""
    return text


@tag("br", close=False)
def line(text):
    return text


print(bold("x"), line("y"))
print(bold.__name__, bold.__doc__)


def check_range(lo, hi):
    def decorate(func):
        def wrapper(x):
            if not lo <= x <= hi:
                raise ValueError(f"{x} not in [{lo}, {hi}]")
            return func(x)
        return wrapper
    return decorate


@check_range(0, 10)
def half(x):
    return x / 2


for value in [4, 10, 11, -1]:
    try:
        print(half(value))
    except ValueError as e:
        print("ValueError:", e)
decorators_made = []


def noisy(label):
    decorators_made.append(label)
    return lambda f: f


@noisy("outer-" + str(len(decorators_made)))
def plain():
    return "plain"


print(plain(), decorators_made)
