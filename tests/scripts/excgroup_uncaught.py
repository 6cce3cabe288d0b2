# An uncaught exception group ends the program with its framed
# traceback; the last line closes the group.


def fail(n):
    raise ValueError(f"failure {n}")


def collect():
    errors = []
    for n in range(3):
        try:
            fail(n)
        except ValueError as e:
            errors.append(e)
    return errors


print("before")
raise ExceptionGroup("several failures", collect())
