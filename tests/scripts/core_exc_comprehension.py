# Exceptions raised inside comprehensions and generator expressions.
def parse_all(texts):
    return [int(t) for t in texts]


print(parse_all(["1", "2"]))
try:
    parse_all(["1", "x", "3"])
except ValueError as e:
    print("ValueError:", e)


def safe_parse(texts):
    out = []
    for t in texts:
        try:
            out.append(int(t))
        except ValueError:
            out.append(None)
    return out


print(safe_parse(["4", "four", "5"]))
try:
    {k: 1 / k for k in [2, 1, 0]}
except ZeroDivisionError as e:
    print("dict comprehension:", e)
try:
    {[k] for k in range(2)}
except TypeError as e:
    print("set comprehension:", e)


def walrus_before_error():
    try:
        [last := 10 // v for v in [5, 2, 0, 1]]
    except ZeroDivisionError:
        return "last good value", last


print(walrus_before_error())
g = (10 // v for v in [5, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("generator expression:", e)
print(next(g, "finished after error"))
try:
    [x for x in undefined_iterable_name]
except NameError as e:
    print("NameError:", e)
try:
    [y for y in range(3) if y / 0]
except ZeroDivisionError as e:
    print("in condition:", e)
try:
    [[a, b] for a in range(2) for b in 5]
except TypeError as e:
    print("inner iterable:", e)
nested_result = []
try:
    for row in [[1, 2], [3, 0]]:
        nested_result.append([12 // v for v in row])
except ZeroDivisionError:
    print("partial result", nested_result)
