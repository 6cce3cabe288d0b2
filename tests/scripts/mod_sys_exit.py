# sys: sys.exit raises SystemExit; its code is the exit status.
import sys

for args in [(), (0,), (3,), ('message',), (None,)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(type(e).__name__, e.code, e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(e)
try:
    sys.exit(code=1)
except TypeError as e:
    print(e)
print('leaving with status 3')
sys.exit(3)
print('not reached')
