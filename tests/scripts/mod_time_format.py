# time: strftime, asctime, ctime and mktime.
import time

t = time.gmtime(1700000000)
print(time.strftime('%Y-%m-%d %H:%M:%S', t))
print(time.strftime('%a %A %b %B %j %U %W %w %y %C %e %I %p %%', t))
print(time.strftime('%d/%m/%Y', (2020, 2, 29, 0, 0, 0, 0, 60, 0)))
print(repr(time.strftime('', t)), repr(time.strftime('%', t)),
      repr(time.strftime('plain text', t)))
print(time.strftime('%Y %m %d %j', (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime('%H:%M:%S', (2020, 1, 1, 23, 59, 61, 0, 1, -5)))
print(time.strftime('%Y') == str(time.localtime().tm_year))
print(time.asctime(t))
print(time.asctime((2020, 2, 29, 13, 5, 9, 5, 60, 0)))
print(time.asctime((12345, 1, 1, 0, 0, 0, 6, 1, -1)))
print(time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, -1)))
print(len(time.asctime()), len(time.ctime()), type(time.ctime(0)).__name__)
print(time.ctime(1700000000.7) == time.asctime(time.localtime(1700000000)))
secs = time.mktime(time.localtime(1700000000))
print(type(secs).__name__, secs)
print(time.mktime(time.localtime(0)), time.gmtime(time.mktime(t) - time.timezone)[:6])
print(type(time.timezone).__name__, type(time.altzone).__name__,
      type(time.tzname).__name__, len(time.tzname), time.daylight in (0, 1))
