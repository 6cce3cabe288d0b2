# time: gmtime and time.struct_time, a tuple with named fields.
import time

t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec,
      t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[-1], t[1:4], len(t), tuple(t), list(t)[:2])
print(2023 in t, t == tuple(t), hash(t) == hash(tuple(t)), t[::4])
year, month, day, *rest = t
print(year, month, day, rest)
print(type(t).__name__, isinstance(t, tuple), type(t) is time.struct_time)
print(time.struct_time.n_sequence_fields, time.struct_time.n_fields)

print(time.gmtime(0))
print(time.gmtime(-1.5))
print(time.gmtime(1.99))
print(time.gmtime(86400 * 366 * 30 + 12345))
print(time.gmtime(True))
print(time.gmtime(10**10).tm_year, time.gmtime(951782400).tm_yday)
for y in [2000, 2023, 2024]:
    print(y, [time.gmtime(time.mktime((y, m, 15, 12, 0, 0, 0, 0, 0)) - time.timezone).tm_wday
              for m in (1, 2, 3)])

s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 8))
print(s, s.tm_isdst)
print(time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9, 'zone', 3600]))
lt = time.localtime()
print(type(lt).__name__, lt.tm_year >= 2024, len(lt))
print(time.localtime(1700000000) == time.localtime(1700000000.9))
