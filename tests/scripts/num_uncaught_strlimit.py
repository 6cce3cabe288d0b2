# Printing an int of more than 4300 digits fails in CPython 3.11.
n = 10 ** 5000
print(n % 7)
print(n)
