# help on methods, bound and unbound, on instances (their class is
# documented), and on names given as strings.
class Box:
    "A box."

    def put(self, item, count=1):
        """Put [item] in the box."""

    @classmethod
    def empty(cls):
        "An empty box."

    @staticmethod
    def size():
        "Always 3."


class Crate(Box):
    def put(self, item, count=1):
        pass


help(Box.put)
help(Box().put)
help(Crate().put)
help(Box.empty)
help(Box().size)
help(Box())
help('Box')
help('nosuchname')
