# A dict entry without its value.
d = {1: }
