# An async comprehension in a function that is not async.
def f():
    return [x async for x in y]
