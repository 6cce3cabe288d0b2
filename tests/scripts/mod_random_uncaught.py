# random: an uncaught error from a random function ends the program with
# CPython's message.
import random

random.seed(0)
print(random.choice([1, 2, 3]))
random.choice([])
