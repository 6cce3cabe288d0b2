# except clause ordering with a custom exception hierarchy.
class Base(Exception):
    pass


class Middle(Base):
    pass


class Leaf(Middle):
    pass


class Other(Exception):
    pass


def classify(exc):
    try:
        raise exc
    except Leaf:
        return "Leaf handler"
    except Middle:
        return "Middle handler"
    except Base:
        return "Base handler"
    except Exception:
        return "Exception handler"


for exc in [Leaf(), Middle(), Base(), Other(), ValueError()]:
    print(type(exc).__name__, "->", classify(exc))


def broad_first(exc):
    try:
        raise exc
    except Base:
        return "Base first"
    except Leaf:
        return "never reached"


print(broad_first(Leaf()))


def tuple_handler(exc):
    try:
        raise exc
    except (Other, Middle) as e:
        return "tuple caught " + type(e).__name__
    except Base as e:
        return "base caught " + type(e).__name__


for exc in [Leaf(), Base(), Other()]:
    print(tuple_handler(exc))


class Multi(KeyError, Other):
    pass


try:
    raise Multi("both")
except Other as e:
    print("Multi caught as Other:", repr(e), isinstance(e, LookupError))
try:
    raise Multi("both")
except LookupError as e:
    print("Multi caught as LookupError:", e)
