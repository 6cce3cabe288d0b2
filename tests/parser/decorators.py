# Decorators: names, attributes, calls and any expression (3.9).
@dec
def f(): pass


@mod.dec
@mod.dec2(1, key=2)
def g(): pass


@dec
class C:
    @staticmethod
    def s(): pass

    @property
    def p(self): return 1

    @p.setter
    def p(self, v): pass


@buttons[0].clicked.connect
def h(): pass


@(lambda f: f)
def i(): pass


@x if y else z
async def j(): pass


@a.b.c(d)(e)
class D: pass
