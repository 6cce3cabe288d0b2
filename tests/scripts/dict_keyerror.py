# KeyError carries the key itself; str() shows its repr.
for key in ["s", 1, (1, 2), None, "", 2.5]:
    try:
        {}[key]
    except KeyError as e:
        print(repr(e), str(e), e.args, e.args[0] == key)
try:
    {}.pop("gone")
except KeyError as e:
    print(e.args)
try:
    set().remove((3,))
except KeyError as e:
    print(e.args, e)
try:
    {}.popitem()
except KeyError as e:
    print(e.args, e)
try:
    set().pop()
except KeyError as e:
    print(e.args, e)
