# zip(strict=True) reports which argument is shorter or longer.
def attempt(*args):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
attempt([1, 2], "ab")
attempt([1, 2], "a")
attempt([1], "ab")
attempt([1], [2], [3, 4])
attempt([1, 2], [2, 3], [4])
attempt([], [])
attempt([], [1])
attempt([1], [], [])
print(list(zip([1, 2], "a", strict=False)))
