# Top-level modules found through sys.path; modules run once.
import os
import sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "implib", "plain"))
import helper
print(helper.greet("x"), helper.__name__, helper.counter)
import helper
helper.counter += 1
import helper as again
print(again.counter, again is helper, "helper" in sys.modules)
del sys.modules["helper"]
import helper
print(helper.counter, helper is again)
import circ_a
print(circ_a.A, circ_a.circ_b.B, circ_a.circ_b.circ_a is circ_a)
import replaces
print(type(replaces).__name__, replaces.answer)
