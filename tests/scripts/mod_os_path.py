# os.path: the pure path functions of posixpath.
import os
import os.path
from os import path as imported

print(os.path is imported, os.path.__name__, os.path.sep, os.path.curdir,
      os.path.pardir, os.path.extsep, os.path.pathsep, os.path.altsep)

for parts in [('a',), ('a', 'b'), ('a/', 'b'), ('a', '/b'), ('a', 'b', '/c', 'd'),
              ('a/', 'b', ''), ('', ''), ('/', 'a', ''), ('', 'x'), ('a', '')]:
    print(parts, os.path.join(*parts))
for p in ['a/b/c', '/a', '//a//b', 'a', '', '/', 'a/b/', '///x', 'a//b']:
    print(repr(p), os.path.split(p), repr(os.path.dirname(p)),
          repr(os.path.basename(p)))
for p in ['a.b/c.tar.gz', '.bashrc', 'a/..b', 'file.', 'a.b/c', '..x.y', 'x',
          '/a/b.c/', 'dir/.hidden.txt']:
    print(repr(p), os.path.splitext(p))
for p in ['//a/./b/../../..//c/', '///a', '', '../../a/..', 'a/b/../../..', '.',
          '/..', 'a//b/./c/', '//', '/a/b/../c', 'x/../../y']:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.isabs('/a'), os.path.isabs('a'), os.path.isabs(''))
print(os.path.abspath('/x/./y/'), os.path.abspath('/'), os.path.abspath('//a/b/..'))
print(os.path.abspath('a/../b') == os.path.join(os.getcwd(), 'b'),
      os.path.abspath('') == os.getcwd(), os.path.abspath('.') == os.getcwd())
print(os.path.expanduser('x/~'), os.path.expanduser('~') != '~')
