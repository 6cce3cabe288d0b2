# Generator expressions, alone and as the only argument of a call.
g = (x for x in range(10))
total = sum(x * x for x in range(10))
total = sum((x for x in range(10)))
any(x > 0 for x in items if x)
f((x for x in y), 1)
g = (y for x in data for y in x)
g = ((a, b) for a, b in items)
dict((k, v) for k, v in pairs)
g = (x async for x in aiter()) if False else None
