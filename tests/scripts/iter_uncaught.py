# next() on an exhausted iterator without a default: uncaught StopIteration.
it = iter(["only"])
print(next(it))
print(next(it))
