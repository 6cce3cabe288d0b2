# type(x=2) said "takes no keyword arguments" where CPython says "takes 1 or 3 arguments".
print(type(1).__name__, type(type).__name__)
for attempt in [lambda: type(), lambda: type(x=2), lambda: type(1, x=2), lambda: type(1, 2),
                lambda: type(1, 2, 3, 4), lambda: type(1, 2, x=3)]:
    try:
        attempt()
    except TypeError as e:
        print("TypeError", e)
