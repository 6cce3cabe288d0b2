# os: creating, listing, renaming and removing files and directories.
# Works in a scratch directory next to the test and removes it.
import os

base = '_mod_os_files_tmp'


def clean(p):
    # Removes p and what it holds: leftovers of an interrupted run.
    if os.path.isdir(p):
        for name in os.listdir(p):
            clean(os.path.join(p, name))
        os.rmdir(p)
    elif os.path.exists(p):
        os.remove(p)


clean(base)
print(os.path.exists(base))
os.mkdir(base)
print(os.path.isdir(base), os.listdir(base))
with open(os.path.join(base, 'a.txt'), 'w') as f:
    f.write('hello')
os.mkdir(os.path.join(base, 'sub'))
os.mkdir(os.path.join(base, 'mode'), 0o755)
print(sorted(os.listdir(base)), sorted(os.listdir(path=base)))
os.rename(os.path.join(base, 'a.txt'), os.path.join(base, 'b.txt'))
print(sorted(os.listdir(base)), os.path.getsize(os.path.join(base, 'b.txt')))
os.makedirs(os.path.join(base, 'x', 'y', 'z'))
os.makedirs(os.path.join(base, 'x', 'y', 'z'), exist_ok=True)
os.makedirs(base + '/p/q/', exist_ok=True)
print(os.path.isdir(base + '/x/y/z'), os.path.isdir(base + '/p/q'))
for d in ['x/y/z', 'x/y', 'x', 'p/q', 'p', 'sub', 'mode']:
    os.rmdir(os.path.join(base, d))
os.remove(os.path.join(base, 'b.txt'))
print(os.listdir(base))
os.rmdir(base)
print(os.path.exists(base))
print(os.getcwd() == os.path.abspath('.'), os.path.isabs(os.getcwd()))
print('mod_os_files.py' in os.listdir(), 'mod_os_files.py' in os.listdir('.'),
      'mod_os_files.py' in os.listdir(None))
print(type(os.getpid()).__name__, os.getpid() > 0, type(os.getppid()).__name__)
print(type(os.cpu_count()).__name__, len(os.urandom(8)), os.urandom(0))
print(os.strerror(2), os.strerror(13))
print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.extsep,
      os.pathsep, os.devnull, os.altsep)
