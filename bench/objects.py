# Objects: instance creation with __init__, attribute reads and writes,
# method calls, a subclass calling super(), and properties with a setter.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self


class Particle(Vec):
    def __init__(self, x, y, mass):
        super().__init__(x, y)
        self._mass = mass
        self.hits = 0

    @property
    def mass(self):
        return self._mass

    @mass.setter
    def mass(self, value):
        self._mass = value if value > 0 else 1

    def bump(self):
        self.hits += 1
        self.mass = self.mass + 1


class Counter:
    def __init__(self):
        self.n = 0

    def step(self, k):
        self.n = (self.n + k) % 1000003
        return self.n


def main(n):
    acc = Vec(0, 0)
    c = Counter()
    check = 0
    for i in range(n):
        v = Vec(i % 10, i % 7)
        acc = acc.add(v)
        check = (check + v.dot(acc)) % 1000003
        c.step(i)
    p = Particle(1, 2, 3)
    for i in range(n):
        p.bump()
        if p.hits % 1000 == 0:
            p.scale(2)
            p.x %= 1000
            p.y %= 1000
    print(acc.x, acc.y, check, c.n)
    print(p.x, p.y, p.mass, p.hits, isinstance(p, Vec))


main(400000)
