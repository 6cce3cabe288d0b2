# exit("message") prints the message on stderr and ends with status 1.
def check(value):
    if value < 0:
        exit("negative value: " + str(value))
    print("ok", value)


check(1)
check(2)
check(-3)
check(4)
