# random: seeding reproduces CPython's Mersenne Twister sequences for
# int, float, str and bytes seeds.
import random

for seed in [0, 1, 42, -42, 2**32 - 1, 2**32, 2**64 + 7, 10**50, True, False]:
    random.seed(seed)
    print(seed, random.random(), random.random(), random.getrandbits(40))
for seed in [1.5, -0.25, 1e100, 3.0]:
    random.seed(seed)
    print(seed, random.random())
for seed in ['hello', '', 'héllo wörld', b'hello', b'', 'x' * 300]:
    random.seed(seed)
    print(repr(seed)[:20], random.random())
for seed in ['hello', b'hello', '', 'ab€']:
    random.seed(seed, version=1)
    print(repr(seed), random.random())
random.seed(12345, version=1)
print(random.random())
print(random.seed(7), random.seed(None), random.seed())
random.seed(a=99)
print(random.random())
r1 = random.Random(2024)
r2 = random.Random(2024)
print(r1.random() == r2.random(), r1.randint(1, 10**6), r2.randint(1, 10**6))
print(type(random.Random()).__name__, type(r1.random()).__name__)
