# Assigning to a tuple item is an uncaught TypeError.
point = (1, 2)
print(point)
point[0] = 5
