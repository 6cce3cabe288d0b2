# Small programs built on deque, defaultdict, Counter, OrderedDict and
# ChainMap together.
from collections import deque, defaultdict, Counter, OrderedDict, ChainMap

# breadth-first search over a grid
grid = [
    "S..#....",
    ".#.#.##.",
    ".#...#..",
    ".####.#.",
    "......#E",
]
rows, cols = len(grid), len(grid[0])
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 'S')
goal = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 'E')
frontier = deque([start])
came_from = {start: None}
while frontier:
    cell = frontier.popleft()
    if cell == goal:
        break
    r, c = cell
    for nxt in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        nr, nc = nxt
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != '#' and nxt not in came_from:
            came_from[nxt] = cell
            frontier.append(nxt)
path = deque()
cell = goal
while cell is not None:
    path.appendleft(cell)
    cell = came_from[cell]
print(len(path) - 1, list(path)[:4], path[-1])

# sliding-window maximum with a monotonic deque
values = [1, 3, -1, -3, 5, 3, 6, 7, 2, 2, 9, 0]
k = 3
window, maxima = deque(), []
for i, v in enumerate(values):
    while window and values[window[-1]] <= v:
        window.pop()
    window.append(i)
    if window[0] <= i - k:
        window.popleft()
    if i >= k - 1:
        maxima.append(values[window[0]])
print(maxima)

# moving average over the last few readings
readings = deque(maxlen=4)
averages = []
for x in [10, 20, 30, 40, 50, 60, 70]:
    readings.append(x)
    averages.append(sum(readings) / len(readings))
print(averages, readings)

# round-robin scheduling with rotate
tasks = deque([('a', 3), ('b', 1), ('c', 2)])
order = []
while tasks:
    name, left = tasks[0]
    order.append(name)
    if left == 1:
        tasks.popleft()
    else:
        tasks[0] = (name, left - 1)
        tasks.rotate(-1)
print(''.join(order))

# an inverted index: word -> lines, and letter statistics
text = [
    "the cat sat on the mat",
    "the dog sat on the log",
    "a cat and a dog",
]
index = defaultdict(set)
for number, line in enumerate(text, 1):
    for word in line.split():
        index[word].add(number)
print({w: sorted(n) for w, n in sorted(index.items()) if len(n) > 1})
letters = Counter(ch for line in text for ch in line if ch.isalpha())
print(letters.most_common(5), letters.total(), len(letters))
words = Counter(w for line in text for w in line.split())
common = words & Counter({'the': 2, 'cat': 5, 'zebra': 1})
print(common, (words - Counter(the=4)).most_common(2))

# graph degrees and a topological order (Kahn)
edges = [('shirt', 'tie'), ('tie', 'jacket'), ('trousers', 'shoes'),
         ('trousers', 'belt'), ('belt', 'jacket'), ('shirt', 'belt'),
         ('socks', 'shoes')]
after = defaultdict(list)
indegree = Counter()
for a, b in edges:
    after[a].append(b)
    indegree[b] += 1
    indegree[a] += 0
ready = deque(sorted(n for n in indegree if indegree[n] == 0))
topo = []
while ready:
    n = ready.popleft()
    topo.append(n)
    for m in after[n]:
        indegree[m] -= 1
        if indegree[m] == 0:
            ready.append(m)
print(topo)

# a least-recently-used cache in front of a slow function
class LRUCache:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, compute):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        value = self.data[key] = compute(key)
        if len(self.data) > self.size:
            self.data.popitem(last=False)
        return value


cache = LRUCache(3)
results = [cache.get(n, lambda x: x * x) for n in [1, 2, 3, 1, 4, 2, 5, 1, 1]]
print(results, cache.hits, cache.misses, list(cache.data))

# layered configuration
defaults = {'theme': 'light', 'font': 'mono', 'size': 12}
user = {'theme': 'dark'}
session = {}
config = ChainMap(session, user, defaults)
config['size'] = 14
print(config['theme'], config['font'], config['size'], dict(config))
print(session, user, defaults['size'], config.parents)
