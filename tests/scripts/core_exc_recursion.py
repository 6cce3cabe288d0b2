# Runaway recursion raises RecursionError, which can be caught and survived.
def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("caught", type(e).__name__)
print(issubclass(RecursionError, RuntimeError))
depth = 0


def count_depth():
    global depth
    depth += 1
    count_depth()


try:
    count_depth()
except RecursionError:
    print("depth is large:", depth > 100)


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


try:
    mutual_a(0)
except RuntimeError as e:
    print("mutual recursion caught as RuntimeError:", type(e).__name__)


def recovers():
    try:
        return forever(0)
    except RecursionError:
        return "recovered"


print(recovers())
print(recovers())


def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)


print(fine(200))
f = lambda: f()
try:
    f()
except RecursionError:
    print("lambda recursion caught")
