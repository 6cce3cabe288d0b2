# A letter right after a number.
x = 1abc
