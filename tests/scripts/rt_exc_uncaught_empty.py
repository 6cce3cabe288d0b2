# An exception raised without arguments prints just its class name.
print("before")
raise NotImplementedError
