# assert statements with and without messages.
def check(x):
    assert x > 0
    return "ok " + str(x)


def check_msg(x):
    assert x > 0, "x must be positive, got " + str(x)
    return "ok " + str(x)


print(check(1))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", repr(e), e.args)
print(check_msg(5))
try:
    check_msg(-5)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print("non-string message:", e.args)
try:
    assert 0, 42
except AssertionError as e:
    print("int message:", e, e.args[0] + 1)
evaluated = []


def msg():
    evaluated.append("msg")
    return "lazy"


assert True, msg()
print("message evaluated when passing:", evaluated)
try:
    assert False, msg()
except AssertionError as e:
    print("message evaluated when failing:", evaluated, e)
assert 1 == 1
assert "non-empty"
print(issubclass(AssertionError, Exception))
for v in [1, 0, "", "s", None]:
    try:
        assert v
        print(repr(v), "passes")
    except AssertionError:
        print(repr(v), "fails")
