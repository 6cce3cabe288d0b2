# os: environ and getenv. Values are never printed, only their types and
# what a script itself stored.
import os

print(all(isinstance(k, str) and isinstance(v, str)
                                     for k, v in os.environ.items()))
print('PATH' in os.environ, os.getenv('PATH') == os.environ.get('PATH'))
print(os.getenv('EDDY_TEST_SURELY_UNSET'), os.getenv('EDDY_TEST_SURELY_UNSET', 'dflt'),
      os.getenv(key='EDDY_TEST_SURELY_UNSET', default=0))
os.environ['EDDY_TEST_VAR'] = 'v1'
print(os.getenv('EDDY_TEST_VAR'), os.environ['EDDY_TEST_VAR'])
del os.environ['EDDY_TEST_VAR']
print(os.getenv('EDDY_TEST_VAR'))


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


attempt(lambda: os.getenv())
attempt(lambda: os.getenv(1))
attempt(lambda: os.getenv('a', 'b', 'c'))
attempt(lambda: os.getenv('a', x=1))
