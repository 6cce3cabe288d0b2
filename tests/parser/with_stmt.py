# with statements: several items, targets, parenthesized forms (3.11).
with open(path) as f:
    data = f.read()
with a, b:
    pass
with a as x, b as y:
    pass
with a as (x, y):
    pass
with a as [x, y], b as obj.attr, c as d[0]:
    pass
with (a, b):
    pass
with (a as x, b as y):
    pass
with (a as x, b as y,):
    pass
with (
    open(p) as f,
    open(q) as g,
):
    pass
with (a, b) as c:
    pass
with (a):
    pass
with (a).b as c:
    pass
with lock: count += 1
