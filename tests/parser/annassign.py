# Annotated assignments: simple names, parenthesized names, attributes,
# subscripts, with and without a value.
x: int
y: int = 1
(z): str = "z"
(w): float
self.attr: list = []
table[0]: dict = {}
counts: dict[str, int] = {}
pair: tuple[int, ...] = (1, 2)
value: "forward" = None


def f():
    local: int = 0
    other: str
    return local


class C:
    field: int = 3
    name: str
