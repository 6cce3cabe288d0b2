# dir(): the names of the current scope, sorted; dir(module) lists the
# module's namespace only (not the attributes of the module type).
import math
import sys


def scope(a, b=2):
    c = a + b
    return dir()


print(scope(1))
names = dir()
print([n for n in names if not n.startswith('__')])
print('sqrt' in dir(math), 'pi' in dir(math), '__new__' in dir(math))
print('__init__' in dir(sys), 'path' in dir(sys))
print(dir(math) == sorted(dir(math)))


class K:
    z = 1

    def b(self):
        pass

    def a(self):
        pass


k = K()
k.y = 2
print([n for n in dir(K) if not n.startswith('__')])
print([n for n in dir(k) if not n.startswith('__')])
print(dir(k) == sorted(dir(k)))

# The computed attributes dir() lists: __class__ everywhere, __dict__
# on script classes and their instances, and those of functions and
# methods; built-in values have no __module__ in their dir.
WATCH = {'__class__', '__dict__', '__module__', '__name__',
         '__qualname__', '__code__', '__defaults__', '__kwdefaults__',
         '__globals__', '__closure__', '__func__', '__self__', '__init__',
         '__repr__', '__eq__', '__hash__', 'z', 'y', 'a', 'b'}


def watched(obj):
    return [n for n in dir(obj) if n in WATCH]


def plain(x, *, y=1):
    return x


class Slotted:
    __slots__ = ('slot',)


print(watched(K))
print(watched(k))
print(watched(plain))
print(watched(k.a))
print(watched(len))
print(watched(1))
print(watched('text'))
print(watched([]))
print(watched(None))
print(watched(Slotted))
print(watched(ValueError('x')))
