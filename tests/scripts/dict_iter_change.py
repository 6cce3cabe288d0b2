# Changing a dict's size while iterating over it raises RuntimeError.
d = {1: 1, 2: 2}
try:
    for key in d:
        d[key + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d))
d = {1: 1, 2: 2, 3: 3}
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {1: 1, 2: 2}
for key in d:
    d[key] = key * 100
print(d)
d = {1: 1}
try:
    for k, v in d.items():
        d.clear()
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1, 2: 2}
it = iter(d.values())
next(it)
d[3] = 3
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(it)
except RuntimeError as e:
    print("again RuntimeError:", e)
d = {"a": 1}
for key in list(d):
    d[key + "!"] = 2
print(d)
