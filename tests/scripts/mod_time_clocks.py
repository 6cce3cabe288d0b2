# time: the clocks and sleep. Times are never printed, only their types
# and the relations between readings.
import time

a = time.time()
b = time.time()
print(type(a).__name__, a <= b, a > 1.6e9)
n = time.time_ns()
print(type(n).__name__, n > 1600000000 * 10**9, abs(n / 1e9 - time.time()) < 5)
print(time.monotonic() <= time.monotonic(),
      time.monotonic_ns() <= time.monotonic_ns())
print(time.perf_counter() <= time.perf_counter(),
      type(time.perf_counter_ns()).__name__)
print(time.process_time() >= 0, type(time.process_time_ns()).__name__)

start = time.perf_counter()
print(time.sleep(0.05))
elapsed = time.perf_counter() - start
print(elapsed >= 0.05, elapsed < 5)
start = time.monotonic()
time.sleep(0)
time.sleep(0.01)
time.sleep(True)
print(time.monotonic() - start >= 1.01)
