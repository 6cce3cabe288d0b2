# printf-style formatting with %.
print("%s %d %5.2f %r %x %o %e %g %c %%" % ("str", 42, 3.14159, "repr", 255, 8, 12345.678, 0.0001, 65))
print("%-6s|%6s|%.2s|%-8.3s|" % ("ab", "cd", "efgh", "ijklm"))
print("%05d %+d % d %-5d| %+05d %5.3d" % (42, 42, 42, 42, -42, 7))
print("%#x %#X %#o %#5x %#-6o| %08.3f %-+9.2e| %#g %#.0f" % (255, 255, 8, 10, 8, 3.14159, 1234.5, 1.0, 2.0))
print("%d %i %u" % (3.99, -2.5, True), "%x" % -255, "%X" % 2**70, "%d" % 2**70)
print("%(name)s is %(age)d, %(name)r" % {"name": "Eve", "age": 33})
print("%*d|%-*d|%.*f|%*.*f" % (5, 1, 4, 2, 3, 2.71828, 8, 1, 9.99))
print("%s" % "single", "%s" % ((1, 2),), "%s %s" % (None, [1, "a"]), "%r" % ("é",), "%a" % "é")
print("%c%c%c" % (72, "i", 0x1F600), "%5c|%-3c|" % ("x", "y"))
print("%.0f %.0f %.0f %.1f" % (0.5, 1.5, 2.5, 0.05), "%f %e %g" % (1e20, 1e-20, 1e20))
print("%f %F %e %E %g %G" % (float("inf"), float("-inf"), float("nan"), 1e300, 1e-300, 1e100))
print("%s%%" % 50, "100%%" % (), "no args" % (), "%s" % [], "%s" % {})
print("%ld %hd %Lf" % (1, 2, 3.0), "é%sü" % "ö", "%3s|%-3s|" % ("é", "😀"))
print("%.3s|%5.1s|" % ("héllo", "😀x"), "%10.4f|" % -3.14159, "%-10.4f|" % 3.14159)
rows = [("alice", 93.5), ("bob", 7.25)]
for row in rows:
    print("%-8s%6.1f" % row)
