# Dictionaries: insertion, lookup (hits and misses), update in place,
# deletion and iteration, with int keys and with str keys.


def int_keys(n):
    d = {}
    for i in range(n):
        d[i * 7919 % 1000003] = i
    hits = 0
    for i in range(2 * n):
        if i in d:
            hits += d[i]
    for i in range(0, n, 2):
        del d[i * 7919 % 1000003]
    for k in d:
        d[k] += 1
    total = 0
    for k, v in d.items():
        total = (total + k * 3 + v) % 1000003
    return len(d), hits % 1000003, total, d.get(-1, 0)


def str_keys(n):
    keys = ["k" + str(i) for i in range(n)]
    d = {}
    for k in keys:
        d[k] = len(k)
    for k in keys:
        d[k] = d[k] + 1
    found = 0
    for i in range(n):
        found += d.get("k" + str(i * 3), 0)
    for k in keys[::3]:
        del d[k]
    total = 0
    for k in d:
        total += d[k]
    counts = {}
    for k in keys:
        c = k[-1]
        counts[c] = counts.get(c, 0) + 1
    return len(d), found, total, sorted(counts.items())[:3]


print(int_keys(600000))
print(str_keys(300000))
