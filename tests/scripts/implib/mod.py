from . import sub
from .sub.deep import f
X = "modX" + f()
print("implib.mod", __name__, __package__)
