# An uncaught NameError for a name with no close match.
def compute():
    print("computing")
    return zqxj_unknown_value * 2


print("start")
compute()
