# sys: argument errors.
import sys


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


attempt(lambda: sys.setrecursionlimit(0))
attempt(lambda: sys.setrecursionlimit(-5))
attempt(lambda: sys.setrecursionlimit('a'))
attempt(lambda: sys.setrecursionlimit(1.5))
attempt(lambda: sys.setrecursionlimit(10**30))
attempt(lambda: sys.setrecursionlimit())
attempt(lambda: sys.getrecursionlimit(1))
attempt(lambda: sys.intern(5))
attempt(lambda: sys.intern())
attempt(lambda: sys.getdefaultencoding(1))
attempt(lambda: sys.version_info.major + 0)
attempt(lambda: sys.stdout.write())
attempt(lambda: sys.stdout.write('a', 'b'))
print(sys.getrecursionlimit())
