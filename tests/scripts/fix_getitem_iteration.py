# A class with only __getitem__ was "not iterable": the sequence protocol was missing.
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


print(list(Squares()), 9 in Squares(), 5 in Squares(), sorted(Squares(), reverse=True))
for x in Squares():
    print(x, end=" ")
print()
it = iter(Squares())
print(type(it).__name__, next(it), next(it), list(it))


class StopsWithStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return "item%d" % i


print(list(StopsWithStopIteration()), tuple(enumerate(StopsWithStopIteration())))


class Broken:
    def __getitem__(self, i):
        raise KeyError(i)


try:
    list(Broken())
except KeyError as e:
    print("KeyError", e)


class NotIterable:
    __iter__ = None

    def __getitem__(self, i):
        return i


for attempt in [lambda: iter(NotIterable()), lambda: iter(5), lambda: 1 in 5]:
    try:
        attempt()
    except TypeError as e:
        print("TypeError", e)


class MyList(list):
    def __getitem__(self, i):
        return "never used by iteration"


print(list(MyList([1, 2])))
