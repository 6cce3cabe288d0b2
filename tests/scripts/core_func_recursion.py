# Classic recursive functions.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


for i in range(8):
    print(i, fact(i), fib(i))
print(fact(25))
print(fib(20))
for m in range(3):
    print([ackermann(m, n) for n in range(4)])
print(ackermann(2, 3), ackermann(3, 3))
print(power_set([1, 2, 3]))
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])
print(gcd(1071, 462), gcd(17, 5))
print(depth(500))
