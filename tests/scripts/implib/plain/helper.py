counter = 0
counter += 1
def greet(n): return "hi " + n
