# Exceptions inside loops combined with break, continue and else.
results = []
for text in ["1", "x", "3", "", "5"]:
    try:
        n = int(text)
    except ValueError:
        results.append("bad")
        continue
    results.append(n * 10)
print(results)
for i in range(5):
    try:
        if i == 3:
            raise StopIteration("manual stop")
    except StopIteration as e:
        print("breaking on", e)
        break
    finally:
        print("finally", i)
else:
    print("not printed")
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError("try again")
        print("succeeded after", attempts)
        break
    except ConnectionError as e:
        print("attempt", attempts, "failed:", e)
errors = {}
for value in [10, 0, "a", None, 5]:
    try:
        result = 100 // value
    except (ZeroDivisionError, TypeError) as e:
        name = type(e).__name__
        errors[name] = errors.get(name, 0) + 1
    else:
        print("100 //", value, "=", result)
print(errors)


def first_valid(items):
    for item in items:
        try:
            return int(item)
        except ValueError:
            continue
        finally:
            print("  checked", repr(item))
    return None


print(first_valid(["a", "b", "7", "8"]))
print(first_valid([]))
total = 0
for row in [[1, 2], [3, "x"], [4, 5]]:
    try:
        for cell in row:
            total += cell
    except TypeError:
        print("bad row", row)
print("total", total)
