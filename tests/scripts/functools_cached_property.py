# functools.cached_property: computed once per instance, kept in the
# instance dict, assignable and deletable; and functools.cache.
from functools import cached_property, cache


class Circle:
    def __init__(self, radius):
        self.radius = radius
        self.computations = 0

    @cached_property
    def area(self):
        """The area, computed once."""
        self.computations += 1
        print('computing area of', self.radius)
        return 3 * self.radius ** 2


c = Circle(2)
print('area' in c.__dict__)
print(c.area, c.area, c.computations, c.__dict__['area'])
c.radius = 10
print(c.area)                      # still the cached value
del c.area
print('area' in c.__dict__, c.area, c.computations)
c.area = 'assigned'
print(c.area, c.__dict__['area'], c.computations)
del c.area
try:
    del c.area
except AttributeError as e:
    print(type(e).__name__, e)
print(c.area)

d = Circle(1)
print(d.area, c.area, d.computations, c.computations)


class Lazy:
    @cached_property
    def items(self):
        print('loading items')
        return []


lazy = Lazy()
lazy.items.append(1)
lazy.items.append(2)
print(lazy.items, vars(lazy))


class Failing:
    attempts = 0

    @cached_property
    def value(self):
        Failing.attempts += 1
        if Failing.attempts == 1:
            raise RuntimeError('not yet')
        return 'ready'


f = Failing()
try:
    f.value
except RuntimeError as e:
    print(type(e).__name__, e)
print(f.value, f.value, Failing.attempts)


class Base:
    @cached_property
    def name(self):
        print('Base.name')
        return type(self).__name__.lower()


class Child(Base):
    pass


print(Child().name, Base().name)


@cache
def factorial(n):
    print('  factorial', n)
    return n * factorial(n - 1) if n else 1


print(factorial(5))
print(factorial(7))
print(factorial.cache_info(), factorial.cache_parameters(), factorial.__name__)
