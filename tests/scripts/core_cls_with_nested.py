# Several context managers: exit order, enter failures, and nesting.
class Tracker:
    def __init__(self, name, log, fail_enter=False, suppress=False):
        self.name = name
        self.log = log
        self.fail_enter = fail_enter
        self.suppress = suppress

    def __enter__(self):
        if self.fail_enter:
            self.log.append("enter-failed " + self.name)
            raise OSError("cannot enter " + self.name)
        self.log.append("enter " + self.name)
        return self.name

    def __exit__(self, exc_type, exc, tb):
        what = exc_type.__name__ if exc_type else "None"
        self.log.append("exit " + self.name + " " + what)
        return self.suppress


log = []
with Tracker("a", log) as a, Tracker("b", log) as b:
    log.append("body " + a + b)
print(log)
log = []
try:
    with Tracker("a", log), Tracker("b", log):
        raise ValueError("boom")
except ValueError:
    log.append("caught")
print(log)
log = []
with Tracker("outer", log, suppress=True):
    with Tracker("inner", log):
        raise KeyError("k")
print(log)
log = []
try:
    with Tracker("a", log), Tracker("b", log, fail_enter=True), Tracker("c", log):
        log.append("body")
except OSError as e:
    log.append("caught " + str(e))
print(log)
log = []
with Tracker("a", log), Tracker("b", log, suppress=True):
    raise TypeError("t")
log.append("after")
print(log)
log = []


def gen_with():
    with Tracker("gen", log):
        yield 1
        yield 2


for v in gen_with():
    log.append("got " + str(v))
print(log)
