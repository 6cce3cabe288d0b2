# while loops with else, break and continue.
n = 0
while n < 5:
    n += 1
else:
    print("else ran, n =", n)
n = 0
while n < 10:
    n += 1
    if n == 3:
        break
else:
    print("not printed")
print("broke at", n)
n = 0
evens = []
while n < 10:
    n += 1
    if n % 2:
        continue
    evens.append(n)
else:
    print("else after continue loop")
print(evens)
while False:
    print("never")
else:
    print("else of never-running loop")


def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print(target, "not found")
        return -1
    return i


print(find([4, 5, 6], 5), find([4, 5, 6], 7))


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print([collatz(k) for k in range(1, 12)])
a, b = 1071, 462
while b:
    a, b = b, a % b
print("gcd", a)
count = 0
while True:
    count += 1
    if count >= 4:
        break
print("count", count)
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
