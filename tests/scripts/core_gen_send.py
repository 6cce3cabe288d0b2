# send() passes a value in as the result of the paused yield expression.
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
        print("  got", value)
    return received


g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)


def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count


a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print("average", a.send(v))
fresh = echo()
try:
    fresh.send("too early")
except TypeError as e:
    print("TypeError:", e)
print(fresh.send(None))


def accumulate():
    total = 0
    while True:
        total += yield total


acc = accumulate()
print(acc.send(None), acc.send(5), acc.send(7), acc.send(-2))


def delegator():
    result = yield from echo()
    yield "delegate got " + str(result)


d = delegator()
print(next(d))
print(d.send("x"))
print(d.send("y"))
print(d.send(None))
