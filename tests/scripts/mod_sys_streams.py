# sys: stdout, stderr and stdin are file objects; print(file=...) and
# their methods write through the same streams as print.
import sys

n = sys.stdout.write('written directly\n')
print(n)
print('printed', 'to', 'stdout', sep='-', file=sys.stdout)
print('to stderr', file=sys.stderr)
print(sys.stderr.write('stderr again\n'))
sys.stdout.flush()
sys.stderr.flush()
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.readable())
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr,
      sys.__stdin__ is sys.stdin)
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
print('last line')
