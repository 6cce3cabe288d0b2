# The body of a for loop is not indented.
for i in range(3):
print(i)
