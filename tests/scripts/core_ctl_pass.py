# pass and empty-ish bodies: functions, loops, branches that do nothing.
def empty():
    pass


def only_doc():
    """Only a docstring."""


def ellipsis_body():
    ...


print(empty(), only_doc(), ellipsis_body())
for i in range(3):
    pass
print("loop var", i)
if True:
    pass
else:
    print("never")
while False:
    pass
try:
    pass
except Exception:
    pass
else:
    print("else after pass")
finally:
    pass
try:
    int("bad")
except ValueError:
    pass
print("swallowed")
x = 1
if x:
    pass
elif x == 2:
    print("no")
print(...)
print(Ellipsis is ..., type(...).__name__)


def nested_pass():
    def inner():
        pass
    return inner()


print(nested_pass())
