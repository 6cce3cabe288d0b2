# functools.update_wrapper and wraps: the copied attributes, the merged
# __dict__ and __wrapped__.
import functools
from functools import wraps, update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES

print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        print('calling', func.__name__, len(args), kwargs)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b


add.extra = 'yes'
print(add(1, b=2))
print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__wrapped__.__name__, add.__wrapped__(3, 4), add.extra)


class Box:
    @logged
    def method(self, x):
        "method doc"
        return x * 2


print(Box().method(5), Box.method.__name__, Box.method.__qualname__, Box.method.__doc__)


def tagged(func):
    func.tag = 'original'
    func.count = 1
    return func


@tagged
def source():
    "source doc"
    return 'source'


def target():
    return 'target'


target.count = 99
target.own = True
result = update_wrapper(target, source)
print(result is target, target.__name__, target.__doc__, target.tag, target.count, target.own)
print(target.__wrapped__ is source, target())

# A wrapped function's __wrapped__ in its __dict__ is replaced, so the
# chain goes one level at a time.
@logged
@logged
def inner():
    "inner doc"
    return 'inner'


print(inner.__name__, inner.__wrapped__.__name__, inner.__wrapped__.__wrapped__.__name__)
print(inner.__wrapped__.__wrapped__ is not inner.__wrapped__)
print(inner())


def nodoc():
    pass


def w():
    "has doc"


update_wrapper(w, nodoc)
print(w.__doc__, w.__name__)


# Only the named attributes; a missing one is skipped.
class Callable:
    def __call__(self):
        return 'called'


obj = Callable()


def w2():
    pass


update_wrapper(w2, obj, assigned=('__name__', '__doc__', '__missing__'), updated=())
print(w2.__name__, w2.__doc__, w2.__wrapped__ is obj)


def w3():
    pass


update_wrapper(w3, add, assigned=('__doc__',))
print(w3.__name__, w3.__doc__, w3.extra)

deco = wraps(add)
print(type(deco).__name__, deco.func is update_wrapper, sorted(deco.keywords))


@wraps(add, assigned=(), updated=())
def bare():
    pass


print(bare.__name__, bare.__wrapped__ is add, hasattr(bare, 'extra'))

try:
    update_wrapper(w3, add, updated=('__nothing__',))
except AttributeError as e:
    print(type(e).__name__)
