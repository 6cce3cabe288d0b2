# sys: the VM's own objects (argv, modules) and its constants.
import sys

print(type(sys.argv).__name__, len(sys.argv), sys.argv[0])
print(sys.modules['sys'] is sys, 'builtins' in sys.modules or True,
      type(sys.modules).__name__)
import math
print(sys.modules['math'] is math)
print(sys.platform, sys.byteorder, sys.maxsize, sys.maxsize == 2**63 - 1,
      sys.maxunicode)
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major,
      sys.version_info.minor, sys.version_info.releaselevel,
      sys.version_info.serial, len(sys.version_info))
major, minor, *rest = sys.version_info
print(major, minor, rest[1:], type(sys.version_info).__name__)
print(type(sys.version).__name__, sys.version.startswith('3.11'),
      type(sys.hexversion).__name__, sys.hexversion >> 16 == 0x30b)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path),
      len(sys.path) >= 1)
print(type(sys.executable).__name__, sys.getdefaultencoding())
s = ''.join(['ab', 'c'])
print(sys.intern(s) == 'abc', sys.intern(s) is sys.intern('abc'))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
