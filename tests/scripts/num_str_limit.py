# CPython 3.11 refuses int <-> decimal str conversions past 4300 digits.
ok = 10 ** 4299
print(len(str(ok)))
print(len(str(-(10 ** 4300 - 1))))
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError:", e)
try:
    print(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
try:
    int("9" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(10 ** 5000)))
print(int("1" * 4300) > 0)
