# Big-integer workloads: factorials, Fibonacci, powers, digit sums.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print(fact(100))
print(fib(300))
print(len(str(fact(500))))
print(sum(int(c) for c in str(2 ** 1000)))
print(fact(50) // fact(48))
print(fact(30) % (2 ** 61 - 1))
print((3 ** 200) // (3 ** 198), (3 ** 200) % 7)
print(fib(200) * fib(201) - fib(202) * fib(199))
n = 2 ** 521 - 1
print(pow(3, n - 1, n))
print(-(10 ** 50) // 3, -(10 ** 50) % 3)
print(int(str(7 ** 300)) == 7 ** 300)
x = 1
for i in range(70):
    x = x * 3 + 1
print(x, x.bit_length())
