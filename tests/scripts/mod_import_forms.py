# The built-in modules under every import form, each created once.
import math, sys
import os.path
import time as t
from random import randint, seed
from string import digits as d
from os import path, sep
from math import *

print(math.__name__, t.__name__, os.__name__, path.__name__, sep, d)
seed(3)
print(randint(1, 100), floor(2.5), pi == math.pi)
import math as m2
print(m2 is math, sys.modules['math'] is math, sys.modules['os.path'] is os.path)
print(sorted(k for k in ['math', 'time', 'os', 'random', 'string', 'sys']
             if k in sys.modules))
