# callable(): functions, methods, classes, instances with __call__.
def f():
    pass


class Plain:
    def method(self):
        pass


class Callme:
    def __call__(self):
        return "called"


print(callable(f), callable(lambda: 0), callable(print), callable(len))
print(callable(Plain), callable(Plain()), callable(Plain().method))
print(callable(Callme()), Callme()(), callable(int), callable(type))
print(callable(1), callable("s"), callable(None), callable([]))
print(callable(iter([])), callable("abc".upper), callable([].append))


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: callable())
attempt(lambda: callable(1, 2))
attempt(lambda: callable(x=1))
