# Generator pipelines: each stage pulls lazily from the previous one.
log = []


def numbers(limit):
    for i in range(limit):
        log.append("numbers " + str(i))
        yield i


def squares(source):
    for n in source:
        log.append("square " + str(n))
        yield n * n


def evens(source):
    for n in source:
        if n % 2 == 0:
            log.append("keep " + str(n))
            yield n


pipe = evens(squares(numbers(5)))
print("built, log =", log)
print(next(pipe))
print(log)
log.clear()
print(next(pipe))
print(log)
log.clear()
print(list(pipe))
print(log)


def words(text):
    for w in text.split():
        yield w


def lower(source):
    return (w.lower() for w in source)


def no_stopwords(source, stop):
    return (w for w in source if w not in stop)


result = no_stopwords(lower(words("The cat and THE Hat")), {"the", "and"})
print(list(result))


def batched(source, size):
    batch = []
    for item in source:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


print(list(batched(range(7), 3)))


def window(source, n):
    buf = []
    for item in source:
        buf.append(item)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)


print(list(window("abcde", 3)))
print(sum(x for batch in batched(range(10), 4) for x in batch))
