# An uncaught TypeError from len() ends the program with status 1.
print("start")
items = [1, 2, 3]
print(len(items))
print(len(42))
