# async with in a function that is not async.
def f():
    async with lock:
        pass
