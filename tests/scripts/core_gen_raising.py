# Exceptions raised inside generators propagate to the consumer and finish the generator.
def faulty(n):
    for i in range(n):
        if i == 2:
            raise ValueError("bad item " + str(i))
        yield i


g = faulty(5)
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
try:
    next(g)
except StopIteration:
    print("generator finished after raising")
collected = []
try:
    for v in faulty(5):
        collected.append(v)
except ValueError as e:
    print("for loop stopped:", e, collected)
try:
    print(list(faulty(3)))
except ValueError as e:
    print("list() propagated:", e)
try:
    print(sum(faulty(4)))
except ValueError as e:
    print("sum() propagated:", e)


def guarded():
    try:
        yield from faulty(5)
    except ValueError as e:
        yield "caught in delegator: " + str(e)
    yield "after"


print(list(guarded()))


def cleanup_on_error():
    try:
        yield 1
        raise KeyError("inside")
    finally:
        print("  generator finally")


try:
    for x in cleanup_on_error():
        print("got", x)
except KeyError as e:
    print("KeyError:", e)


def handler_in_caller():
    for v in faulty(3):
        yield v * 100


try:
    print(list(handler_in_caller()))
except ValueError as e:
    print("through two generators:", e)


def running():
    yield g_self.__name__
    yield next(g_self)


g_self = running()
print(next(g_self))
try:
    next(g_self)
except ValueError as e:
    print("ValueError:", e)
