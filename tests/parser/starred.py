# Starred expressions in calls, displays, assignment targets, return,
# yield and subscripts.
f(*args)
f(*args, **kwargs)
f(a, *b, c, *d, e=1, *g, **h, i=2, **j)
items = [*a, *b]
items = [*a, b, *c]
t = (*a, *b)
t = *a, *b
s = {*a, *b}
d = {**a, **b}
first, *rest = values
*init, last = values
[*x, y] = values
a[*b] = 1
a[1, *b] = 2


def gen():
    yield *a, *b
    return *a, *b


for *x, y in items:
    pass
