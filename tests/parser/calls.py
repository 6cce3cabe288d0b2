# Calls: positional, keyword, unpacking, chained, trailing commas.
f()
f(1)
f(1, 2,)
f(a, b=2)
f(a=1, b=2)
f(*a)
f(**k)
f(1, *a, b=2, **k)
f(*a, b=1)
f(**k, b=1)
f(a)(b)(c)
obj.method(1).other(2)
f(x for x in y)
f(lambda: 0, key=lambda x: -x)
f(
    1,
    2,
    key=3,
)
print("a", "b", sep=", ", end="")
f(a if b else c, not d)
