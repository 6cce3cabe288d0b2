# return from inside nested loops, while/else, try and comprehensions.
def find_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return i, j
    return None


print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2], 10))


def first_negative(nums):
    i = 0
    while i < len(nums):
        if nums[i] < 0:
            return nums[i]
        i += 1
    else:
        return "none negative"


print(first_negative([3, -1, -2]), first_negative([1, 2]))


def from_else(items):
    for x in items:
        if x == "stop":
            break
    else:
        return "no stop"
    return "stopped"


print(from_else(["a", "stop"]), from_else(["a"]))


def in_try(x):
    try:
        if x:
            return "in try"
    except Exception:
        return "in except"
    return "after try"


print(in_try(1), in_try(0))


def early_in_loop_with_finally():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("  finally", i)


print(early_in_loop_with_finally())


def implicit_none(flag):
    if flag:
        return "explicit"


print(implicit_none(True), implicit_none(False))


def multi_exit(n):
    if n < 0:
        return "neg"
    for d in range(2, n):
        if n % d == 0:
            return "composite"
    while n > 100:
        return "big prime-ish"
    return "small prime-ish" if n > 1 else "unit"


print([multi_exit(n) for n in [-1, 0, 1, 7, 9, 101]])


def returns_in_lambda_list():
    return [(lambda v=v: v * 2)() for v in range(3)]


print(returns_in_lambda_list())
