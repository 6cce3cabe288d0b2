# property exposes fget, fset, fdel and __doc__; staticmethod and
# classmethod expose __func__: help() reads them to sort a class's
# attributes into its sections.
class T:
    @property
    def ro(self):
        "Read only."
        return 1

    def _set(self, v):
        pass

    rw = property(lambda self: 2, _set, None, "Given doc.")

    @staticmethod
    def st():
        "Static doc."

    @classmethod
    def cm(cls):
        pass


ro = T.__dict__['ro']
rw = T.__dict__['rw']
print(ro.fget.__name__, ro.fset, ro.fdel, ro.__doc__)
print(rw.fget.__name__, rw.fset.__name__, rw.fdel, rw.__doc__)
print(T.__dict__['st'].__func__ is T.st, T.__dict__['st'].__func__.__doc__)
print(T.__dict__['cm'].__func__.__name__, T.cm.__func__ is T.__dict__['cm'].__func__)
print(T().ro, T().rw)
