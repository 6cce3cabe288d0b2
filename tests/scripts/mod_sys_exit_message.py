# sys: sys.exit with a str prints it on stderr and exits with status 1.
import sys

print('before')
sys.exit('fatal: giving up')
