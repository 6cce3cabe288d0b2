# Assignments: single, chained, to attributes, subscripts and slices.
x = 1
a = b = c = x
obj.attr = 2
obj.inner.attr = obj.attr
table[0] = 3
table[1:2] = [4, 5]
table[::2] = table[1::2]
grid[1, 2] = 6
grid[i][j] = grid[j][i]
(paren) = 7
((double)) = 8
x = yield_value = (1, 2)
value = -1
text = "s"
f().attr = 9
f()[0] = 10
