# random: choice, shuffle, sample and choices follow random.py's
# algorithms exactly.
import random

random.seed(2023)
print([random.choice('abcdefghij') for _ in range(10)])
print(random.choice([1, 2, 3]), random.choice((4, 5)), random.choice(range(1000)),
      random.choice({0: 'zero'}), random.choice(b'xyz'))
items = list(range(20))
random.shuffle(items)
print(items)
word = list('abcdef')
random.shuffle(word)
print(''.join(word))
single = [1]
random.shuffle(single)
print(single, random.shuffle([]))

print(random.sample(range(100), 10))
print(random.sample(range(10**9), 5))
print(random.sample('abcdefgh', 3), random.sample((1, 2, 3), 3), random.sample([1, 2], 0))
print(random.sample(range(30), 25))
print(random.sample(range(2000), 30))
print(random.sample(['a', 'b', 'c'], 5, counts=[1, 2, 3]))
print(random.sample(['x', 'y'], k=4, counts=[2, 2]))

print(random.choices('abc', k=5), random.choices('abc'))
print(random.choices('abc', [1, 2, 3], k=6))
print(random.choices('abc', [0.5, 0.25, 0.25], k=6))
print(random.choices('abc', cum_weights=[1, 2, 30], k=6))
print(random.choices(range(5), weights=[0, 0, 1, 0, 0], k=3))
print(random.choices([10, 20], k=0), random.random())
