# dir(obj) calls the __dir__ of obj's class and sorts what it returns,
# as CPython does; errors from it propagate.
class Shown:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']


class Gen:
    def __dir__(self):
        return (n for n in ('b', 'a'))


class Bad:
    def __dir__(self):
        raise ValueError('no names')


class Sub(Shown):
    pass


print(dir(Shown()))
print(dir(Gen()))
print(dir(Sub()))
print('__dir__' in dir(Shown), 'zeta' in dir(Shown))
try:
    dir(Bad())
except ValueError as e:
    print('ValueError', e)
