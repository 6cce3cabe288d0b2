# What failing imports raise.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "implib", "plain"))
try:
    import nosuch_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import helper.x
except ModuleNotFoundError as e:
    print(e)
try:
    import implib.nothing
except ImportError as e:
    print(type(e).__name__, e)
try:
    from implib import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    from . import helper
except ImportError as e:
    print(type(e).__name__, e)
try:
    import boom
except ZeroDivisionError as e:
    print("boom failed:", e, "boom" in sys.modules)
try:
    import bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, os.path.basename(e.filename), repr(e.text))
print(issubclass(ModuleNotFoundError, ImportError))
