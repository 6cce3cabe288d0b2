# An uncaught error from collections ends the program with a traceback.
from collections import deque

queue = deque([1, 2])
print(queue.popleft(), queue.popleft())
queue.popleft()
print('not reached')
