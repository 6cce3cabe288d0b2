"""The module's docstring."""
import sys
print(__doc__)
print(sys.modules[__name__].__doc__)
class A:
    """A's docstring."""
print(A.__doc__)
def f():
    "f's docstring"
print(f.__doc__)
