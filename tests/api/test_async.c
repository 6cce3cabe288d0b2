/* test_async.c: async native functions, futures completed from other
 * threads, cancellation reaching the host, the loop driven by the host,
 * and two VMs running at once in two threads. */
#include <criterion/criterion.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "eddy.h"

static EddyVM *vm;
/* The future the last call of wait_host() made, for the test to complete. */
static EddyFuture *last_future;
/* How many times the cancel callback ran, and with which pointer. */
static int cancels;
static void *cancel_user;

/* The cancel callback: counts. */
static void on_cancel(EddyFuture *f, void *user) {
  (void)f;
  cancels++;
  cancel_user = user;
}

/* host.wait(): a future the test completes. */
static bool wait_host(EddyVM *v, int argc, void *user) {
  (void)argc;
  last_future = eddy_future_new(v, 0, on_cancel, user);
  return last_future != NULL;
}

static void setup(void) {
  vm = eddy_new(NULL);
  last_future = NULL;
  cancels = 0;
  cancel_user = NULL;
  cr_assert(eddy_define_module(vm, "host"));
  cr_assert(eddy_define_function(vm, "host", "wait", wait_host, &cancels));
}

static void teardown(void) { eddy_free(vm); }

TestSuite(async, .init = setup, .fini = teardown);

/* Runs [src] in the VM's loop; it must succeed. */
static void start(const char *src) {
  EddyStatus status = eddy_run_in_loop(vm, src, "<test>");
  cr_assert_eq(status, EDDY_OK, "%s", eddy_error_traceback(vm));
}

/* Steps the loop until it is idle (at most [limit] steps). */
static void drain(int limit) {
  for (int i = 0; i < limit && !eddy_loop_is_idle(vm); i++)
    cr_assert_eq(eddy_loop_step(vm, 1000), EDDY_OK, "%s",
                 eddy_error_traceback(vm));
  cr_assert(eddy_loop_is_idle(vm));
}

/* The global [name] of __main__ as an int. */
static long long global_int(const char *name) {
  long long n = -1;
  cr_assert(eddy_ensure_slots(vm, 1));
  cr_assert(eddy_get_global(vm, NULL, name, 0), "%s", eddy_error_traceback(vm));
  cr_assert(eddy_get_int(vm, 0, &n));
  return n;
}

/* The global [name] of __main__ as a str (copied). */
static const char *global_str(const char *name) {
  static char copy[256];
  cr_assert(eddy_ensure_slots(vm, 1));
  cr_assert(eddy_get_global(vm, NULL, name, 0), "%s", eddy_error_traceback(vm));
  const char *s = eddy_get_string(vm, 0, NULL);
  cr_assert(s, "%s", eddy_error_traceback(vm));
  snprintf(copy, sizeof copy, "%s", s);
  return copy;
}

Test(async, create_task_at_top_level_then_host_drives) {
  cr_assert(eddy_loop_is_idle(vm));
  cr_assert(eddy_loop_fd(vm) >= 0);
  cr_assert_eq(eddy_loop_next_deadline(vm), -1);
  start("import asyncio\n"
        "log = []\n"
        "async def work(n):\n"
        "    await asyncio.sleep(0.01 * n)\n"
        "    log.append(n)\n"
        "t1 = asyncio.create_task(work(2))\n"
        "t2 = asyncio.get_running_loop().create_task(work(1))\n");
  cr_assert_not(eddy_loop_is_idle(vm));
  cr_assert_eq(eddy_loop_next_deadline(vm), 0); /* the tasks' first steps */
  cr_assert_eq(eddy_loop_step(vm, 0), EDDY_OK);
  double d = eddy_loop_next_deadline(vm);
  cr_assert(d > 0 && d <= 0.011, "deadline %f", d);
  drain(100);
  cr_assert_eq(eddy_run_string(vm, "assert log == [1, 2], log\n", "<t>"),
               EDDY_OK, "%s", eddy_error_traceback(vm));
}

Test(async, loop_fd_becomes_readable) {
  start("import asyncio\n"
        "async def later():\n    await asyncio.sleep(0.02)\n"
        "t = asyncio.create_task(later())\n");
  int fd = eddy_loop_fd(vm);
  struct pollfd pfd = {.fd = fd, .events = POLLIN};
  int steps = 0;
  while (!eddy_loop_is_idle(vm) && steps < 100) {
    cr_assert_eq(poll(&pfd, 1, 2000), 1, "the fd never became readable");
    cr_assert_eq(eddy_loop_step(vm, 0), EDDY_OK);
    steps++;
  }
  cr_assert(eddy_loop_is_idle(vm));
}

/* Completes [arg] (an EddyFuture) from this thread after a moment. */
static void *resolve_later(void *arg) {
  usleep(20000);
  eddy_future_resolve_int(arg, 42);
  return NULL;
}

Test(async, future_resolved_from_another_thread) {
  start("import asyncio, host\n"
        "async def main():\n"
        "    global got\n"
        "    got = await host.wait()\n"
        "t = asyncio.create_task(main())\n");
  cr_assert_eq(eddy_loop_step(vm, 0), EDDY_OK);
  cr_assert(last_future);
  cr_assert_eq(eddy_future_user(last_future), &cancels);
  pthread_t thread;
  pthread_create(&thread, NULL, resolve_later, last_future);
  cr_assert_not(eddy_loop_is_idle(vm));
  drain(100); /* steps wait on the fd the other thread wakes */
  pthread_join(thread, NULL);
  cr_assert_eq(global_int("got"), 42);
  cr_assert_eq(cancels, 0);
}

/* A producer run on the VM's thread: makes a list [1, 'two']. */
static bool make_list(EddyVM *v, int argc, void *user) {
  (void)argc, (void)user;
  return eddy_ensure_slots(v, 2) && eddy_set_new_list(v, 0) &&
         eddy_set_int(v, 1, 1) && eddy_list_append(v, 0, 1) &&
         eddy_set_string(v, 1, "two", 3) && eddy_list_append(v, 0, 1);
}

/* A producer that raises. */
static bool make_error(EddyVM *v, int argc, void *user) {
  (void)argc, (void)user;
  return eddy_raise(v, "KeyError", "made");
}

Test(async, resolve_kinds_and_reject) {
  start("import asyncio, host\n"
        "results = []\n"
        "async def one():\n"
        "    try:\n"
        "        results.append(await host.wait())\n"
        "    except Exception as e:\n"
        "        results.append(f'{type(e).__name__}: {e}')\n"
        "async def main():\n"
        "    for _ in range(6):\n"
        "        await one()\n"
        "t = asyncio.create_task(main())\n");
  for (int i = 0; i < 6; i++) {
    last_future = NULL;
    for (int k = 0; k < 10 && !last_future; k++)
      cr_assert_eq(eddy_loop_step(vm, 0), EDDY_OK);
    cr_assert(last_future);
    EddyFuture *f = last_future;
    switch (i) {
    case 0: cr_assert(eddy_future_resolve_string(f, "h\xc3\xa9", 3)); break;
    case 1: cr_assert(eddy_future_resolve(f, make_list, NULL)); break;
    case 2: cr_assert(eddy_future_resolve(f, NULL, NULL)); break;
    case 3: cr_assert(eddy_future_reject(f, "ValueError", "nope")); break;
    case 4: cr_assert(eddy_future_resolve(f, make_error, NULL)); break;
    case 5: cr_assert(eddy_future_resolve_string(f, "\xff", 1)); break;
    }
    cr_assert_not(eddy_future_resolve_int(f, 1), "a second completion");
  }
  drain(100);
  cr_assert_eq(eddy_run_string(vm,
                               "assert results == ['h\\u00e9', [1, 'two'], None,"
                               " 'ValueError: nope', \"KeyError: 'made'\","
                               " 'ValueError: string is not valid UTF-8'],"
                               " results\n",
                               "<t>"),
               EDDY_OK, "%s", eddy_error_traceback(vm));
}

Test(async, cancellation_reaches_the_cancel_callback) {
  start("import asyncio, host\n"
        "state = 'start'\n"
        "async def waiter():\n"
        "    global state\n"
        "    try:\n"
        "        await host.wait()\n"
        "    except asyncio.CancelledError:\n"
        "        state = 'cancelled'\n"
        "        raise\n"
        "async def main():\n"
        "    t = asyncio.create_task(waiter())\n"
        "    await asyncio.sleep(0)\n"
        "    t.cancel()\n"
        "    try:\n"
        "        await t\n"
        "    except asyncio.CancelledError:\n"
        "        pass\n"
        "m = asyncio.create_task(main())\n");
  for (int i = 0; i < 20 && cancels == 0; i++)
    cr_assert_eq(eddy_loop_step(vm, 0), EDDY_OK);
  cr_assert_eq(cancels, 1);
  cr_assert_eq(cancel_user, &cancels);
  cr_assert_str_eq(global_str("state"), "cancelled");
  /* the host still completes it, which is then ignored */
  cr_assert(eddy_future_resolve_int(last_future, 5));
  drain(100);
  cr_assert_eq(cancels, 1);
}

Test(async, run_until_complete) {
  cr_assert_eq(eddy_run_string(vm,
                               "import asyncio\n"
                               "async def compute(x):\n"
                               "    await asyncio.sleep(0.001)\n"
                               "    return x * 3\n",
                               "<t>"),
               EDDY_OK);
  cr_assert(eddy_ensure_slots(vm, 3));
  cr_assert(eddy_get_global(vm, NULL, "compute", 0));
  cr_assert(eddy_set_int(vm, 1, 14));
  cr_assert(eddy_call(vm, 0, 1, 1, 2)); /* a coroutine */
  cr_assert_eq(eddy_run_until_complete(vm, 2), EDDY_OK, "%s",
               eddy_error_traceback(vm));
  long long n;
  cr_assert(eddy_get_int(vm, 2, &n) && n == 42);
  /* an awaitable that fails */
  cr_assert(eddy_run_string(vm, "async def bad():\n    raise OSError('io')\n",
                            "<t>") == EDDY_OK);
  cr_assert(eddy_get_global(vm, NULL, "bad", 0));
  cr_assert(eddy_call(vm, 0, 1, 0, 2));
  cr_assert_eq(eddy_run_until_complete(vm, 2), EDDY_RUNTIME_ERROR);
  cr_assert_str_eq(eddy_error_type(vm), "OSError");
  cr_assert_str_eq(eddy_error_message(vm), "io");
  /* not an awaitable */
  cr_assert(eddy_set_int(vm, 2, 3));
  cr_assert_eq(eddy_run_until_complete(vm, 2), EDDY_RUNTIME_ERROR);
  cr_assert_str_eq(eddy_error_type(vm), "TypeError");
  /* None: until idle */
  start("import asyncio\ndone = 0\n"
        "async def w():\n    global done\n    await asyncio.sleep(0.005)\n"
        "    done = 1\n"
        "asyncio.create_task(w())\n");
  cr_assert(eddy_set_none(vm, 2));
  cr_assert_eq(eddy_run_until_complete(vm, 2), EDDY_OK);
  cr_assert_eq(global_int("done"), 1);
  cr_assert_eq(eddy_run_until_complete(vm, 7), EDDY_RUNTIME_ERROR);
}

Test(async, asyncio_run_in_plain_run_string) {
  cr_assert_eq(eddy_run_string(vm,
                               "import asyncio, host\n"
                               "async def main():\n"
                               "    return 5\n"
                               "r = asyncio.run(main())\n",
                               "<t>"),
               EDDY_OK, "%s", eddy_error_traceback(vm));
  cr_assert_eq(global_int("r"), 5);
  /* in the loop, asyncio.run refuses, as in CPython */
  cr_assert_eq(eddy_run_in_loop(vm, "asyncio.run(main())\n", "<t>"),
               EDDY_RUNTIME_ERROR);
  cr_assert_str_eq(eddy_error_message(vm),
                   "asyncio.run() cannot be called from a running event loop");
  cr_assert_eq(eddy_run_in_loop(vm, "x = (\n", "<t>"), EDDY_SYNTAX_ERROR);
}

/* Resolves the future in [arg] at once from another thread. */
static void *resolve_now(void *arg) {
  eddy_future_resolve_int(arg, 7);
  return NULL;
}

/* host.spawn(): a future a new thread completes right away. */
static bool spawn(EddyVM *v, int argc, void *user) {
  (void)argc, (void)user;
  EddyFuture *f = eddy_future_new(v, 0, NULL, NULL);
  if (!f) return false;
  pthread_t thread;
  if (pthread_create(&thread, NULL, resolve_now, f) != 0)
    return eddy_raise(v, "OSError", "no thread");
  pthread_detach(thread);
  return true;
}

/* A whole VM's life on one thread; [arg] is where to put the total. */
static void *vm_thread(void *arg) {
  long long *out = arg;
  EddyVM *v = eddy_new(NULL);
  if (!v || !eddy_define_module(v, "host") ||
      !eddy_define_function(v, "host", "spawn", spawn, NULL))
    return NULL;
  if (eddy_run_string(v,
                      "import asyncio, host\n"
                      "async def main():\n"
                      "    total = 0\n"
                      "    for i in range(50):\n"
                      "        total += await host.spawn()\n"
                      "        total += sum(j for j in range(100))\n"
                      "    return total\n"
                      "total = asyncio.run(main())\n",
                      "<t>") == EDDY_OK &&
      eddy_ensure_slots(v, 1) && eddy_get_global(v, NULL, "total", 0))
    eddy_get_int(v, 0, out);
  eddy_free(v);
  return NULL;
}

Test(async, two_vms_in_two_threads) {
  long long totals[2] = {0, 0};
  pthread_t threads[2];
  for (int i = 0; i < 2; i++)
    pthread_create(&threads[i], NULL, vm_thread, &totals[i]);
  for (int i = 0; i < 2; i++) pthread_join(threads[i], NULL);
  cr_assert_eq(totals[0], 50 * (7 + 4950));
  cr_assert_eq(totals[1], 50 * (7 + 4950));
}

Test(async, future_outside_a_native) {
  /* the host may make one directly and hand it to a script */
  cr_assert(eddy_ensure_slots(vm, 1));
  EddyFuture *f = eddy_future_new(vm, 0, NULL, NULL);
  cr_assert(f);
  cr_assert(eddy_set_global(vm, NULL, "fut", 0));
  start("import asyncio\n"
        "async def main():\n    global v\n    v = await fut\n"
        "asyncio.create_task(main())\n");
  cr_assert(eddy_future_resolve_int(f, 9));
  drain(100);
  cr_assert_eq(global_int("v"), 9);
  cr_assert_null(eddy_future_new(vm, 3, NULL, NULL));
  /* one never completed is freed with the VM */
  cr_assert(eddy_future_new(vm, 0, NULL, NULL));
}
