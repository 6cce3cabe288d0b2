# Recursive Fibonacci: the cost of a Python-level call and return, a
# comparison and two small-int additions per call.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(32))
