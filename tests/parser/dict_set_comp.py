# Dict and set displays and comprehensions.
empty_dict = {}
d = {"a": 1, "b": 2}
d = {**base, "key": 1, **more}
d = {k: v for k, v in items}
d = {k: v for k in keys for v in values if k != v}
s = {1, 2, 3}
s = {*a, *b, c}
s = {x for x in items}
s = {x for x in items if x}
d = {(k, v): [k, v] for k, v in pairs}
d = {1: 2,}
s = {1,}
d = {f(x): g(y) for x, y in zip(a, b)}
