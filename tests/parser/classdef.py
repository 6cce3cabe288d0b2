# Class definitions: bases, keywords, bodies.
class Empty:
    pass


class Child(Base):
    x = 1

    def method(self):
        return self.x


class Multi(A, B, metaclass=Meta):
    """Doc."""


class Star(*bases, **kw):
    pass


class Call():
    pass


class Kw(Base, flag=True, other=1): pass


class Outer:
    class Inner:
        class Deepest:
            pass
