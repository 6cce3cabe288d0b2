# await binds tighter than **, unary operators and binary operators.
async def f():
    a = await x
    b = await x ** 2
    c = -await x
    d = await x + await y
    e = [await z for z in zs]
    g = await x.y.z()
    h = await (yield)
    i = not await x
    j = await x if await y else await z
    k = await f()(g)
    l = {await k: await v}
    m = (await x, await y)
    n = await x[0]
