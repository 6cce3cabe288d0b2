# if / elif / else chains, nested conditions and truthy tests.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"


for n in [-5, 0, 3, 10, 99, 100, 12345]:
    print(n, classify(n))


def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)


print(" ".join(fizzbuzz(i) for i in range(1, 21)))


def nested(a, b):
    if a:
        if b:
            return "both"
        else:
            return "only a"
    else:
        if b:
            return "only b"
    return "neither"


for a in (0, 1):
    for b in ("", "x"):
        print(repr(a), repr(b), nested(a, b))
trace = []


def check(label, result):
    trace.append(label)
    return result


if check("first", False):
    print("no")
elif check("second", True):
    print("second branch")
elif check("third", True):
    print("never")
print(trace)
if []:
    print("empty list is true?")
elif not {}:
    print("empty dict is false")
x = 5
if x > 3: print("one-line if")
if x < 3: print("not printed")
else: print("one-line else")
