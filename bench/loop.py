# Nested integer loops: range iteration, local variable access and
# small-int arithmetic (+, *, %, ^, <<, //) with no calls in the inner loop.


def run(outer, inner):
    total = 0
    for i in range(outer):
        for j in range(inner):
            total = (total + i * j + (j << 2) ^ i) % 1000003
        k = 0
        while k < inner:
            total = (total + k // 3 - i) % 1000003
            k += 2
    return total


print(run(10000, 300))
