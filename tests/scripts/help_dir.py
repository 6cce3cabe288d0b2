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
