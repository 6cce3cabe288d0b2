# Deep recursion ends in RecursionError; the traceback collapses.
def down(n):
    return down(n + 1)

down(0)
