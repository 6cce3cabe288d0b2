# os.path: queries on the file system, which answer False for paths that
# cannot be examined, and their errors.
import os

base = '_mod_os_path_tmp'


def clean(p):
    # Removes p and what it holds: leftovers of an interrupted run.
    if os.path.isdir(p):
        for name in os.listdir(p):
            clean(os.path.join(p, name))
        os.rmdir(p)
    elif os.path.exists(p):
        os.remove(p)


clean(base)
os.mkdir(base)
with open(base + '/data.txt', 'w') as f:
    f.write('0123456789')
for p in [base, base + '/data.txt', base + '/none', 'a\0b', '']:
    print(repr(p), os.path.exists(p), os.path.isfile(p), os.path.isdir(p),
          os.path.islink(p), os.path.lexists(p))
print(os.path.getsize(base + '/data.txt'), os.path.getsize(base) >= 0,
      type(os.path.getmtime(base)).__name__)
print(os.path.exists(1), os.path.exists(10**6))


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


attempt(lambda: os.path.exists(1.5))
attempt(lambda: os.path.isfile(None))
attempt(lambda: os.path.isdir([]))
attempt(lambda: os.path.islink(5))
attempt(lambda: os.path.getsize('no_such_file'))
attempt(lambda: os.path.getsize(10**6))
attempt(lambda: os.path.join())
attempt(lambda: os.path.join('a', 1))
attempt(lambda: os.path.join(1, 'a'))
attempt(lambda: os.path.join('a', x='b'))
attempt(lambda: os.path.split(1))
attempt(lambda: os.path.basename())
attempt(lambda: os.path.basename('a', 'b'))
attempt(lambda: os.path.dirname(p='a'))
attempt(lambda: os.path.splitext(None))
attempt(lambda: os.path.normpath(5))
attempt(lambda: os.path.abspath(5))
attempt(lambda: os.path.isabs(5))
attempt(lambda: os.path.exists())
os.remove(base + '/data.txt')
os.rmdir(base)
