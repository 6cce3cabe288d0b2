# Packages, submodules, relative imports and sys.modules.
import implib.mod as pm
from implib import mod, value
from implib.sub import deep
from implib.sub.deep import f as ff
import implib.sub.deep
import implib
import sys
print(pm.X, mod is pm, value, deep.f(), ff(), implib.sub.deep.f())
print(implib.__name__, implib.__package__, implib.mod.__package__, deep.__name__)
print(implib.__path__[0].endswith("implib"), implib.__file__.endswith("__init__.py"))
print(mod.__file__.endswith("mod.py"), hasattr(mod, "__path__"))
print(sorted(k for k in sys.modules if k.startswith("implib")))
from implib import *
print(sorted(n for n in dir() if not n.startswith("_")))
print(__name__)
