# Changing a set's size while iterating over it raises RuntimeError.
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
for x in s.copy():
    s.discard(x)
print(s)
