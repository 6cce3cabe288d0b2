# An uncaught TypeError from % formatting ends the program.
print("%d items" % 3)
count = "three"
print("%d items" % count)
