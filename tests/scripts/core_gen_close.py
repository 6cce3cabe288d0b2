# close() raises GeneratorExit at the paused yield; finally blocks run.
def worker():
    try:
        print("  started")
        while True:
            yield "working"
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
    finally:
        print("  finally")


g = worker()
print(next(g))
print(next(g))
print(g.close())
print(g.close())
try:
    next(g)
except StopIteration:
    print("closed generator raises StopIteration")
unstarted = worker()
unstarted.close()
print("closing an unstarted generator runs nothing")


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  returning quietly")
        return "ignored"


g = returns_on_exit()
next(g)
print(g.close())
finished = worker()
print(list(zip(range(2), finished)))
finished.close()


def raises_other():
    try:
        yield 1
    finally:
        raise ValueError("from finally during close")


g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e)


def loop_break_closes():
    try:
        for i in range(10):
            yield i
    finally:
        print("  cleanup after", i)


gen = loop_break_closes()
for v in gen:
    if v == 2:
        break
print("loop done")
gen.close()
print("after close")
gen.close()
print(list(gen))
