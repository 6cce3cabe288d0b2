# Function definitions: bodies, returns, annotations, docstrings.
def empty():
    pass


def one_liner(): return 1


def documented(x):
    """Returns x."""
    return x


def annotated(a: int, b: "str" = "b") -> list[int]:
    return [a]


def nested():
    def inner():
        return 1
    return inner


def generator():
    yield 1
    yield
    yield from range(3)
    x = yield
    y = yield 2
    z = yield from other()
    w = (yield)


def star_annotation(*args: int, **kwargs: str) -> None:
    pass
