# os: failing calls raise the OSError subclass of their errno, with the
# path in the message and in the attributes.
import os

base = '_mod_os_errors_tmp'


def clean(p):
    # Removes p and what it holds: leftovers of an interrupted run.
    if os.path.isdir(p):
        for name in os.listdir(p):
            clean(os.path.join(p, name))
        os.rmdir(p)
    elif os.path.exists(p):
        os.remove(p)


clean(base)


def attempt(f):
    try:
        print(repr(f()))
    except OSError as e:
        print(type(e).__name__ + ':', e, '|', e.errno, e.strerror, e.filename,
              e.filename2, isinstance(e, OSError), e.args)
    except Exception as e:
        print(type(e).__name__ + ':', e)


os.mkdir(base)
with open(base + '/f.txt', 'w') as f:
    f.write('x')
attempt(lambda: os.mkdir(base))
attempt(lambda: os.listdir('no_such_dir'))
attempt(lambda: os.listdir(base + '/f.txt'))
attempt(lambda: os.remove('no_such_file'))
attempt(lambda: os.unlink(base))
attempt(lambda: os.rmdir('no_such_dir'))
attempt(lambda: os.rmdir(base))
attempt(lambda: os.rmdir(base + '/f.txt'))
attempt(lambda: os.rename('no_such_a', 'no_such_b'))
attempt(lambda: os.makedirs(base))
attempt(lambda: os.makedirs(base + '/f.txt/sub'))
attempt(lambda: os.path.getsize('no_such_file'))
attempt(lambda: os.mkdir(5))
attempt(lambda: os.remove(None))
attempt(lambda: os.rename(5, 'a'))
attempt(lambda: os.rename('a', 5))
attempt(lambda: os.listdir(1.5))
attempt(lambda: os.mkdir('a\0b'))
attempt(lambda: os.mkdir())
attempt(lambda: os.mkdir(base, 'x'))
attempt(lambda: os.mkdir(path=base, mode=0o700, x=1))
attempt(lambda: os.rename('a'))
attempt(lambda: os.getcwd(1))
attempt(lambda: os.getpid(1))
attempt(lambda: os.remove(path='no_such_file'))
attempt(lambda: os.urandom(-1))
os.remove(base + '/f.txt')
os.rmdir(base)
print(os.path.exists(base))
