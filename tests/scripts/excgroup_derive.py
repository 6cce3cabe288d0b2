# derive() makes the parts of split and subgroup; a subclass overrides it
# to keep its class and its own data.


class Failures(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        return Failures(self.message, excs, self.code)


f = Failures("failures", [ValueError(1), TypeError(2), ValueError(3)], 42)
print(type(f).__name__, repr(f), f.code, f.args)
match, rest = f.split(ValueError)
print(type(match).__name__, repr(match), match.code)
print(type(rest).__name__, repr(rest), rest.code)


class Plain(ExceptionGroup):
    pass


p = Plain("plain", [ValueError(1), TypeError(2)])
match, rest = p.split(ValueError)
print(type(p).__name__, type(match).__name__, type(rest).__name__)

eg = ExceptionGroup("eg", [ValueError(1)])
d = eg.derive([KeyError("k")])
print(type(d).__name__, repr(d), d.__cause__, d.__context__, d.__traceback__)
d = eg.derive([KeyboardInterrupt()])
print(type(d).__name__, repr(d))
for call in (lambda: eg.derive(), lambda: eg.derive(1, 2),
             lambda: eg.derive([]), lambda: eg.derive(excs=[]),
             lambda: ExceptionGroup.derive(5, [ValueError()])):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return "not a group"


try:
    BadDerive("bad", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print("TypeError", e)


class Strict(ExceptionGroup):
    pass


try:
    Strict("s", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)


class Loose(BaseExceptionGroup):
    pass


print(type(Loose("l", [ValueError()])).__name__,
      type(Loose("l", [KeyboardInterrupt()])).__name__)
