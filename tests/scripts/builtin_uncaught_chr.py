# chr() out of range raises ValueError.
print(chr(9731))
print(chr(-5))
