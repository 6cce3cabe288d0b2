# with statements calling __enter__ and __exit__ on user classes.
class Resource:
    def __init__(self, name):
        self.name = name
        print("init", name)

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb is None)
        return False


with Resource("a") as value:
    print("body got", value)
print("after with")
with Resource("b"):
    print("body without as")
r = Resource("c")
with r as v1:
    print("first use", v1)
with r as v2:
    print("second use", v2)


def returns_inside():
    with Resource("d"):
        return "returned from body"


print(returns_inside())
for i in range(3):
    with Resource("loop" + str(i)):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done, i =", i)


class SelfReturning:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        print("exit args", args)


with SelfReturning() as s:
    print(type(s).__name__)
with Resource("xyz") as (first, second, *rest):
    print("unpacked", first, second, rest)
