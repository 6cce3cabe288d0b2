# *args collects extra positional arguments into a tuple.
def collect(*args):
    return args


print(collect())
print(collect(1))
print(collect(1, 2, 3))
print(type(collect(1)).__name__)


def head_tail(first, *rest):
    return first, rest


print(head_tail(1))
print(head_tail(1, 2, 3))


def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s


print(total())
print(total(1, 2, 3, 4))


def with_default(a, b=2, *args):
    return a, b, args


print(with_default(1))
print(with_default(1, 3))
print(with_default(1, 3, 5, 7))


def forward(*args):
    return collect(*args)


print(forward(9, 8, 7))


def count_args(*args):
    return len(args)


print(count_args(*range(10)))
print(count_args(*"hello"))
print(count_args([1, 2, 3]))
print(count_args(*[1, 2, 3]))


def maximum(first, *others):
    best = first
    for o in others:
        if o > best:
            best = o
    return best


print(maximum(3), maximum(3, 9, 2), maximum(-1, -5))
