# max() of an empty sequence without a default raises ValueError.
print(max([1, 5, 3]))
print(max([]))
