# random: getstate/setstate and independent Random generators.
import random

random.seed(5)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])
version, words, gauss_next = state
print(version, len(words), words[-1], gauss_next, type(words).__name__)
random.gauss()
s2 = random.getstate()
print(type(s2[2]).__name__)
a = random.gauss()
random.setstate(s2)
print(a == random.gauss())

r = random.Random(11)
s = random.Random(11)
print([r.randint(1, 6) for _ in range(8)])
print([s.randint(1, 6) for _ in range(8)])
r.seed(11)
print(r.random() == random.Random(11).random())
t = random.Random()
t.setstate(r.getstate())
print(t.random() == r.random())
print(isinstance(r, random.Random), type(random.random).__name__)
random.seed(3)
x = random.random()
random.Random(3).random()
random.seed(3)
print(x == random.random())
