# A try block with no except or finally.
try:
    x = 1
print(x)
