# __debug__ cannot be assigned to.
__debug__ = False
