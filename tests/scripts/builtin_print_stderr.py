# print(file=sys.stderr) and sys.stdout/sys.stderr as file objects.
import sys

print("to stdout")
print("to stdout too", file=sys.stdout)
print(sys.stdout.write("written\n"), sys.stdout.writable(), sys.stdout.mode)
print(repr(sys.stdout), sys.stdout.name, sys.stdout.encoding)
print(repr(sys.stderr))
sys.stdout.writelines(["a", "b\n"])
print("flushed", flush=True, file=sys.stdout)
sys.stderr.write("warning line\n")
print("error", 42, sep=": ", file=sys.stderr)
