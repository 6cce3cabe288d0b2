# except*: the clause types are checked at run time, even when nothing is
# left to match; groups cannot be caught with except*.


def run(label, body):
    print("--", label)
    try:
        body()
        print("completed")
    except BaseException as e:
        print("escaped:", type(e).__name__, e, "| context:",
              repr(e.__context__))


def catch_group():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass


def catch_base_group_in_tuple():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (ValueError, BaseExceptionGroup):
        pass


def bad_type_after_match():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("matched")
    except* 42:
        pass


def bad_type_nothing_raised():
    try:
        pass
    except* 42:
        pass
    print("no check without an exception")


def bad_type_in_tuple():
    try:
        raise ValueError(1)
    except* (ValueError, "x"):
        pass


def group_subclass():
    class MyGroup(ExceptionGroup):
        pass

    try:
        raise MyGroup("mine", [ValueError(1)])
    except* MyGroup:
        pass


class SplitOverride(ExceptionGroup):
    def split(self, cond):
        print("custom split called with", cond.__name__)
        return super().split(cond)


def custom_split():
    try:
        raise SplitOverride("s", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("V", type(e).__name__, repr(e))
    except* TypeError as e:
        print("T", type(e).__name__, repr(e))


run("catch group", catch_group)
run("catch base group in tuple", catch_base_group_in_tuple)
run("bad type after match", bad_type_after_match)
run("bad type nothing raised", bad_type_nothing_raised)
run("bad type in tuple", bad_type_in_tuple)
run("group subclass", group_subclass)
run("custom split", custom_split)
