/* test_limits.c: the host's allocator, the memory ceiling, the
 * instruction budget and the interrupt callback. The allocator test
 * fails every allocation of a small script's life in turn: the VM must
 * report MemoryError (or eddy_new must return NULL), never crash, and
 * give back every block it took. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eddy.h"

/* A counting allocator that fails its [fail_at]-th allocation. */
typedef struct Counter {
  long calls;      /* allocations and growths so far */
  long fail_at;    /* the one to refuse (1-based), or 0: none */
  long live;       /* blocks held now */
  size_t bytes;    /* bytes held now, as the VM reports them */
} Counter;

static void *counting_alloc(void *ptr, size_t old_size, size_t new_size,
                            void *user) {
  Counter *c = user;
  if (new_size == 0) {
    if (ptr) {
      c->live--;
      c->bytes -= old_size;
    }
    free(ptr);
    return NULL;
  }
  c->calls++;
  if (c->fail_at && c->calls == c->fail_at) return NULL;
  void *p = realloc(ptr, new_size);
  if (!p) return NULL;
  if (!ptr) c->live++;
  c->bytes += new_size - (ptr ? old_size : 0);
  return p;
}

static const char *small_script =
    "class Point:\n"
    "    def __init__(self, x, y):\n"
    "        self.x, self.y = x, y\n"
    "pts = [Point(i, i * i) for i in range(50)]\n"
    "d = {p.x: p.y for p in pts}\n"
    "s = ' '.join(str(v) for v in d.values())\n"
    "total = sum(d.values())\n";

/* Runs the small script under [c]; returns the status (or -1 when eddy_new
 * failed). */
static int run_counted(Counter *c) {
  EddyConfig config = {0};
  config.alloc = counting_alloc;
  config.alloc_user = c;
  EddyVM *vm = eddy_new(&config);
  if (!vm) return -1;
  int status = eddy_run_string(vm, small_script, "<t>");
  if (status != EDDY_OK)
    cr_assert_str_eq(eddy_error_type(vm), "MemoryError", "at %ld: %s",
                     c->fail_at, eddy_error_traceback(vm));
  /* the VM stays usable after a MemoryError */
  eddy_run_string(vm, "x = 1\n", "<t>");
  eddy_free(vm);
  return status;
}

Test(limits, allocator_sees_the_heap) {
  Counter c = {0};
  cr_assert_eq(run_counted(&c), EDDY_OK);
  cr_assert(c.calls > 100, "only %ld allocations", c.calls);
  cr_assert_eq(c.live, 0, "%ld blocks not freed", c.live);
}

Test(limits, allocator_failing_at_every_allocation, .timeout = 600) {
  Counter probe = {0};
  cr_assert_eq(run_counted(&probe), EDDY_OK);
  long total = probe.calls;
  /* EDDY_ALLOC_STEP=N fails only every Nth allocation (the stress build
   * samples every 13th by default: each run collects at every step) */
  const char *step_env = getenv("EDDY_ALLOC_STEP");
#ifdef EDDY_STRESS_GC
  long step = 13; /* a collection at every allocation: sample */
#else
  long step = 1;
#endif
  if (step_env) step = atol(step_env);
  if (step < 1) step = 1;
  int failed_runs = 0;
  for (long i = 1; i <= total; i += step) {
    Counter c = {0};
    c.fail_at = i;
    int status = run_counted(&c);
    if (status != EDDY_OK) failed_runs++;
    cr_assert_eq(c.live, 0, "failing allocation %ld: %ld blocks leaked", i,
                 c.live);
  }
  cr_assert(failed_runs > 0);
  cr_log_info("%ld allocations, %d runs failed", total, failed_runs);
}

Test(limits, memory_ceiling) {
  EddyConfig config = {0};
  config.memory_limit = 8u << 20;
  EddyVM *vm = eddy_new(&config);
  cr_assert(vm);
  cr_assert_eq(eddy_run_string(vm, "big = 'x' * (16 << 20)\n", "<t>"),
               EDDY_RUNTIME_ERROR);
  cr_assert_str_eq(eddy_error_type(vm), "MemoryError");
  cr_assert_eq(eddy_run_string(vm,
                               "def grow():\n"
                               "    items = []\n"
                               "    while True:\n"
                               "        items.append([0] * 10000)\n"
                               "try:\n"
                               "    grow()\n"
                               "except MemoryError:\n"
                               "    caught = True\n",
                               "<t>"),
               EDDY_OK, "%s", eddy_error_traceback(vm));
  /* usable afterwards: the garbage went with the frame */
  cr_assert_eq(eddy_run_string(vm, "assert caught\n"
                                   "data = [str(i) for i in range(2000)]\n",
                               "<t>"),
               EDDY_OK, "%s", eddy_error_traceback(vm));
  eddy_free(vm);
}

Test(limits, instruction_budget) {
  EddyConfig config = {0};
  config.instruction_budget = 20000;
  EddyVM *vm = eddy_new(&config);
  cr_assert_eq(eddy_run_string(vm, "while True:\n    pass\n", "<t>"),
               EDDY_RUNTIME_ERROR);
  cr_assert_str_eq(eddy_error_type(vm), "RuntimeError");
  cr_assert_str_eq(eddy_error_message(vm), "instruction budget exhausted");
  /* recursion counts calls */
  cr_assert_eq(eddy_run_string(vm,
                               "import sys\nsys.setrecursionlimit(10**6)\n"
                               "def f(n):\n    return f(n + 1)\n"
                               "try:\n    f(0)\nexcept RecursionError:\n"
                               "    pass\n",
                               "<t>"),
               EDDY_RUNTIME_ERROR);
  cr_assert_str_eq(eddy_error_message(vm), "instruction budget exhausted");
  /* catching it does not help: the budget stays spent until the run ends */
  cr_assert_eq(eddy_run_string(vm,
                               "while True:\n"
                               "    try:\n"
                               "        while True:\n            pass\n"
                               "    except RuntimeError:\n"
                               "        pass\n",
                               "<t>"),
               EDDY_RUNTIME_ERROR);
  /* each run gets the whole budget again */
  cr_assert_eq(eddy_run_string(vm, "for i in range(15000):\n    pass\n", "<t>"),
               EDDY_OK, "%s", eddy_error_traceback(vm));
  cr_assert_eq(eddy_run_string(vm, "for i in range(15000):\n    pass\n", "<t>"),
               EDDY_OK, "%s", eddy_error_traceback(vm));
  eddy_free(vm);
}

/* Stops the script once it has been asked [*user] times. */
static bool stop_after(EddyVM *vm, void *user) {
  (void)vm;
  int *left = user;
  return --*left <= 0;
}

Test(limits, interrupt_callback) {
  int left = 5;
  EddyConfig config = {0};
  config.interrupt = stop_after;
  config.interrupt_user = &left;
  EddyVM *vm = eddy_new(&config);
  cr_assert_eq(eddy_run_string(vm, "n = 0\nwhile True:\n    n += 1\n", "<t>"),
               EDDY_RUNTIME_ERROR);
  cr_assert_str_eq(eddy_error_type(vm), "RuntimeError");
  cr_assert_str_eq(eddy_error_message(vm), "interrupted by the host");
  cr_assert_eq(left, 0);
  cr_assert(eddy_ensure_slots(vm, 1) && eddy_get_global(vm, NULL, "n", 0));
  long long n;
  cr_assert(eddy_get_int(vm, 0, &n));
  cr_assert(n >= 4 * 1024 && n <= 5 * 1024 + 1, "n = %lld", n);
  eddy_free(vm);
}
