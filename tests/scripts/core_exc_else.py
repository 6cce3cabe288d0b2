# try/except/else: else runs only when the try body raised nothing.
def attempt(value):
    try:
        n = int(value)
    except ValueError:
        print("  except for", repr(value))
        return None
    else:
        print("  else for", repr(value))
        return n * 2


print(attempt("21"))
print(attempt("x"))


def else_raises():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")


try:
    else_raises()
except ValueError as e:
    print("else's exception is not caught by its own try:", e)
for i in range(3):
    try:
        if i == 1:
            raise KeyError(i)
    except KeyError:
        print("iteration", i, "except")
        continue
    else:
        print("iteration", i, "else")
        if i == 2:
            break
for tail in ["normal", "raise"]:
    try:
        if tail == "raise":
            raise OSError("os")
    except OSError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally", tail)


def else_return():
    try:
        value = 1
    except Exception:
        return "except"
    else:
        return "else " + str(value)
    finally:
        print("  finally in else_return")


print(else_return())
