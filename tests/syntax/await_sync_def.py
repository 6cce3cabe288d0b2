# await in a function that is not async.
def f():
    await g()
