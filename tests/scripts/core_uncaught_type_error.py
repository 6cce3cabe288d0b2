# Uncaught TypeError from a bad call after a few good ones.
def area(width, height):
    return width * height


print(area(2, 3))
print(area(height=4, width=5))
print(area(7))
