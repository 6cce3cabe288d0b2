# Two arguments without a comma between them.
print(a b)
