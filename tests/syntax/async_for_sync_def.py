# async for in a function that is not async.
def f():
    async for x in y:
        pass
