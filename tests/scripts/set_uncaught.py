# A list inside a set literal is unhashable: uncaught TypeError.
ok = {1, 2}
print(ok)
bad = {1, [2, 3]}
