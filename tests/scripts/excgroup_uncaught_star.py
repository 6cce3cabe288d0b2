# What an except* clause leaves unhandled, and what it raises, reaches the
# top level as a new group.


def work():
    raise ExceptionGroup("work", [ValueError(1), TypeError(2), KeyError(3)])


def main():
    try:
        work()
    except* ValueError:
        print("values handled")
    except* TypeError:
        raise RuntimeError("type error seen")


main()
