# math: an uncaught domain error ends the program with CPython's message.
import math

print(math.sqrt(4))
print(math.sqrt(-4))
