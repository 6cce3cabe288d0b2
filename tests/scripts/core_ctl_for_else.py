# for loops with else, break and continue.
for i in range(3):
    print("i", i)
else:
    print("for else ran")
for i in range(10):
    if i == 2:
        break
else:
    print("not printed")
print("stopped at", i)
for i in []:
    print("never")
else:
    print("else of empty loop")


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    return True


print([n for n in range(30) if is_prime(n)])
for n in range(2, 12):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
skipped = []
for ch in "a1b2c3":
    if ch.isdigit():
        skipped.append(ch)
        continue
    print("letter", ch)
print(skipped)
for i in range(3):
    pass
print("after pass loop", i)
total = 0
for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    total += i
else:
    total = -1
print("total", total)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for idx, ch in enumerate("xyz", start=1):
    print(idx, ch)
