# Basic try/except: matching, non-matching, except without a type.
def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "type":
        raise TypeError("bad type")
    if kind == "key":
        return {}["missing"]
    return "fine"


for kind in ["none", "value", "type", "key"]:
    try:
        print("result", risky(kind))
    except ValueError as e:
        print("caught ValueError", e)
    except TypeError as e:
        print("caught TypeError", e)
    except Exception as e:
        print("caught other", type(e).__name__, e)
try:
    1 / 0
except:
    print("bare except caught")
try:
    try:
        raise KeyError("k")
    except ValueError:
        print("wrong handler")
except KeyError as e:
    print("outer caught", repr(e))
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
caught = []
for exc in [IndexError("i"), KeyError("k"), ZeroDivisionError("z")]:
    try:
        raise exc
    except LookupError as e:
        caught.append("lookup:" + type(e).__name__)
    except ArithmeticError as e:
        caught.append("arith:" + type(e).__name__)
print(caught)
try:
    print("no error here")
except Exception:
    print("not printed")
print("after")
x = 0
try:
    x = 1
    raise RuntimeError("stop")
    x = 2
except RuntimeError:
    pass
print("x", x)
