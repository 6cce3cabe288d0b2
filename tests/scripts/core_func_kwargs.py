# **kwargs collects extra keyword arguments into a dict (insertion order).
def collect(**kwargs):
    return kwargs


print(collect())
print(collect(a=1))
print(collect(x=1, y=2, z=3))
print(type(collect()).__name__)


def mixed(a, b=0, *args, **kwargs):
    return a, b, args, kwargs


print(mixed(1))
print(mixed(1, 2, 3, 4))
print(mixed(1, k=5))
print(mixed(1, 2, 3, k=5, j=6))
print(mixed(a=1, b=2, c=3))


def show(**options):
    for key in options:
        print(" ", key, "=", options[key])


show(color="red", size=3, visible=True)


def forward(**kw):
    return collect(**kw)


print(forward(p=1, q=2))
d = {"m": 1, "n": 2}
print(collect(**d))
print(collect(**d, o=3))
print(collect(first=0, **d))
r = collect(**d)
r["m"] = 99
print(d, r)


def keys_sorted(**kw):
    return sorted(kw)


print(keys_sorted(zeta=1, alpha=2, mid=3))


def kw_not_args(a, **kw):
    return a, kw


print(kw_not_args(a=1, b=2))
print(kw_not_args(1, a2=2))
