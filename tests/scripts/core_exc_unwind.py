# Exceptions unwinding through several function frames, with finally blocks.
log = []


def level3(kind):
    try:
        log.append("enter 3")
        if kind:
            raise kind("from level 3")
        return "level3 ok"
    finally:
        log.append("finally 3")


def level2(kind):
    try:
        log.append("enter 2")
        return level3(kind)
    finally:
        log.append("finally 2")


def level1(kind):
    try:
        log.append("enter 1")
        return level2(kind)
    except KeyError as e:
        log.append("level 1 handled " + repr(e))
        return "handled in 1"
    finally:
        log.append("finally 1")


for kind in [None, KeyError, ValueError]:
    log.clear()
    try:
        print("result:", level1(kind))
    except ValueError as e:
        print("escaped:", e)
    for entry in log:
        print("   ", entry)


def cleanup_order(n):
    try:
        if n == 0:
            raise IndexError("bottom")
        cleanup_order(n - 1)
    finally:
        print("  cleanup", n)


try:
    cleanup_order(3)
except IndexError as e:
    print("caught", e)


def catches_own_and_continues():
    try:
        level3(TypeError)
    except TypeError:
        pass
    return "continued"


print(catches_own_and_continues())


def lambda_raise():
    return (lambda: [][0])()


try:
    lambda_raise()
except IndexError as e:
    print("from lambda:", e)
