# A dict entry without ':'.
d = {1: 2, 3}
