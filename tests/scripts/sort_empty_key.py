# Sorting an empty list with a key copied from its NULL item array
# (undefined behaviour that UBSan reported).
items = []
items.sort(key=len)
print(items, sorted([], key=abs), sorted((), key=str, reverse=True))
d = {}
print(sorted(d, key=lambda k: k))
