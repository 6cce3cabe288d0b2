# functools.singledispatch: registering with register(cls) and
# register(cls, func), dispatch through the MRO, the registry and errors.
from functools import singledispatch


@singledispatch
def describe(obj):
    """Describe an object."""
    return f'object {obj!r}'


@describe.register(int)
def _(obj):
    return f'int {obj}'


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f'sequence of {len(obj)}'


def describe_str(obj):
    return f'str {obj!r}'


returned = describe.register(str, describe_str)
print(returned is describe_str)

print(describe(5), describe(True), describe([1, 2]), describe((1,)), describe('hi'))
print(describe(2.5), describe(None), describe({}))
print(describe.__name__, describe.__doc__, describe.__wrapped__(5))


class Animal:
    pass


class Dog(Animal):
    pass


class Puppy(Dog):
    pass


class Robot:
    pass


class RoboDog(Robot, Dog):
    pass


@describe.register(Animal)
def _(obj):
    return 'animal ' + type(obj).__name__


print(describe(Animal()), describe(Dog()), describe(Puppy()), describe(RoboDog()))


@describe.register(Dog)
def _(obj):
    return 'dog ' + type(obj).__name__


print(describe(Animal()), describe(Dog()), describe(Puppy()), describe(RoboDog()))


@describe.register(Robot)
def _(obj):
    return 'robot ' + type(obj).__name__


print(describe(RoboDog()), describe(Robot()))


class MyInt(int):
    pass


class MyList(list):
    pass


print(describe(MyInt(3)), describe(MyList([1, 2, 3])))

print(describe.dispatch(bool) is describe.dispatch(int))
print(describe.dispatch(Puppy) is describe.dispatch(Dog), describe.dispatch(float) is describe.__wrapped__)
print(describe.registry[str] is describe_str, object in describe.registry, len(describe.registry))
print(sorted(cls.__name__ for cls in describe.registry))


@singledispatch
def combine(a, b):
    return 'generic'


@combine.register(int)
def _(a, b):
    return a + b


@combine.register(str)
def _(a, b, sep='-'):
    return a + sep + b


print(combine(1, 2), combine('a', 'b'), combine('a', 'b', sep='+'), combine(1.5, 2))
print(combine(a='x', b='y') if False else 'keywords need a positional')
try:
    combine(a=1, b=2)
except TypeError as e:
    print(type(e).__name__, e)


class Shape:
    @singledispatch
    def area(arg):
        return 'unknown'


print(Shape.area(3))

for bad in (lambda: describe.register(1), lambda: describe.register('str', describe_str)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)


@singledispatch
def fmt(x):
    return 'base'


fmt.register(bool, lambda x: 'bool')
print(fmt(True), fmt(1), fmt(0.0))
fmt.register(int, lambda x: 'int')
print(fmt(True), fmt(1), fmt(0.0))
fmt.register(object, lambda x: 'new base')
print(fmt(True), fmt(1), fmt(0.0))
