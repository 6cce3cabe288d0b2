# help(cls) on classes written in a script: CPython's layout with the
# call signature, the docstring, the MRO, methods (own and inherited),
# static and class methods, properties, and data.
class Point:
    """A point.

    With two lines."""
    kind = 'pt'
    origin = (0, 0)
    long_name = 'a' * 80
    many = list(range(30))

    def __init__(self, x, y=0):
        "Make a point."
        self.x = x
        self.y = y

    def norm(self):
        """Length."""
        return 0

    async def later(self, *, t=1):
        pass

    @staticmethod
    def make(q=()):
        "Static."

    @classmethod
    def build(cls, n=[1, 2]):
        pass

    @property
    def size(self):
        "The size."
        return 1

    @property
    def weight(self):
        return 2

    @weight.setter
    def weight(self, v):
        pass

    alias = norm


class Point3(Point):
    "A point in space."

    def norm(self):
        return 1

    def extra(self, *args, **kwargs):
        "Extra."


class Empty:
    pass


help(Point)
help(Point3)
help(Empty)
