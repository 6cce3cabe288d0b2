# del of names, attributes, subscripts, slices, lists and tuples.
del x
del x, y
del x, y,
del obj.attr
del table[0]
del table[1:2]
del (a, b)
del [c, d]
del (e), [f]
del a.b[c].d
