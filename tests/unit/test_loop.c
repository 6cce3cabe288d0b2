/* test_loop.c: the event loop's ready queue and timer heap.
 *
 * The tests drive an ObjLoop from C through loop.h's entry points
 * (loop_call_soon, loop_call_at, loop_run_forever) with callbacks that
 * are native functions appending their argument to a log. Setting
 * [stopping] before loop_run_forever runs exactly one iteration, as
 * loop.stop() before run_forever() does in asyncio, so each test can
 * look at what one call of _run_once did: which handles ran, in which
 * order, and what was left for the next iteration.
 *
 * Orders with equal deadlines are CPython's, not insertion order: asyncio
 * compares TimerHandles by deadline alone, and heapq does not keep equal
 * items in insertion order once there are more than three of them.
 * Every expected order below was printed by python3 running the same
 * calls on asyncio's loop. The last tests run asyncio scripts through the
 * VM and compare their output with python3's.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "include/eddy.h"
#include "vm/async.h"
#include "vm/buffer.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_str.h"
#include "vm/protocol.h"

#define MAX_LOG 1024

static EddyVM *vm;
static ObjLoop *loop;
static Value record_fn;          /* record(n): appends n to the log */
static Value schedule_fn;        /* schedule(n): records n and schedules
                                    record(n + 100) with call_soon */
static int64_t run_log[MAX_LOG]; /* the arguments of the handles run */
static int log_count;            /* entries of run_log in use */
static ByteBuf captured;         /* what the VM wrote through a hook */

/* Appends the int argument to the log. */
static bool record(EddyVM *v, Value *args, int nargs, ObjTuple *kw,
                   Value *result) {
  (void)v;
  (void)kw;
  cr_assert_eq(nargs, 1);
  cr_assert(IS_INT(args[0]));
  cr_assert_lt(log_count, MAX_LOG);
  run_log[log_count++] = AS_INT(args[0]);
  *result = NONE_VAL;
  return true;
}

/* Records n, then schedules record(n + 100) with call_soon. */
static bool schedule(EddyVM *v, Value *args, int nargs, ObjTuple *kw,
                     Value *result) {
  if (!record(v, args, nargs, kw, result)) return false;
  return loop_call_soon(v, loop, HANDLE_CALL, record_fn,
                        INT_VAL(AS_INT(args[0]) + 100)) != NULL;
}

/* Records n, then raises ValueError("boom"). */
static bool fail(EddyVM *v, Value *args, int nargs, ObjTuple *kw,
                 Value *result) {
  if (!record(v, args, nargs, kw, result)) return false;
  return vm_raise(v, v->exc.ValueError, "boom");
}

/* A write hook that keeps the text in [captured]. */
static void capture(EddyVM *v, const char *text, size_t len) {
  (void)v;
  cr_assert(buf_append(&captured, text, len));
}

/* A native function [name] running [fn], rooted until the VM goes. */
static Value new_native(const char *name, NativeFn fn) {
  ObjNative *n = native_new(vm, name, fn);
  cr_assert_not_null(n);
  gc_push_root(vm, OBJ_VAL(n));
  return OBJ_VAL(n);
}

static void setup(void) {
  vm = vm_new();
  cr_assert_not_null(vm);
  cr_assert(async_init(vm));
  loop = loop_new(vm);
  cr_assert_not_null(loop);
  gc_push_root(vm, OBJ_VAL(loop));
  record_fn = new_native("record", record);
  schedule_fn = new_native("schedule", schedule);
  log_count = 0;
  buf_init(&captured);
}

static void teardown(void) {
  buf_free(&captured);
  vm_free(vm);
}

TestSuite(loop, .init = setup, .fini = teardown);

/* One iteration of the loop (_run_once). */
static void run_once(void) {
  loop->stopping = true;
  cr_assert(loop_run_forever(vm, loop));
  cr_assert_not(loop->stopping);
}

/* call_soon([fn], [n]). */
static ObjHandle *soon(Value fn, int64_t n) {
  ObjHandle *h = loop_call_soon(vm, loop, HANDLE_CALL, fn, INT_VAL(n));
  cr_assert_not_null(h);
  return h;
}

/* call_at([when], record, [n]). */
static ObjHandle *at(double when, int64_t n) {
  ObjHandle *h = loop_call_at(vm, loop, when, record_fn, INT_VAL(n));
  cr_assert_not_null(h);
  return h;
}

/* A deadline long past: every timer at it is due. */
static double past(void) { return loop_time() - 1000.0; }

/* Calls the handle's cancel() method, as a script would. */
static void cancel(ObjHandle *h) {
  ObjStr *name = str_intern_cstr(vm, "cancel");
  cr_assert_not_null(name);
  Value method, result;
  cr_assert(value_getattr(vm, OBJ_VAL(h), name, &method));
  gc_push_root(vm, method);
  cr_assert(vm_call(vm, method, NULL, 0, NULL, &result));
  gc_pop_roots(vm, 1);
  cr_assert(h->cancelled);
}

/* Checks that the log holds the [n] values of [expected]. */
static void expect_log(const int64_t *expected, int n) {
  cr_assert_eq(log_count, n, "ran %d handles, expected %d", log_count, n);
  for (int i = 0; i < n; i++)
    cr_expect_eq(run_log[i], expected[i], "handle %d: ran %ld, expected %ld", i,
                 (long)run_log[i], (long)expected[i]);
}

/* Checks the heap property of the timer heap: no child before its
 * parent. */
static void expect_heap_order(void) {
  for (size_t i = 1; i < loop->timer_count; i++) {
    double parent = AS_HANDLE(loop->timers[(i - 1) / 2])->when;
    cr_assert_leq(parent, AS_HANDLE(loop->timers[i])->when,
                  "timer %zu is earlier than its parent", i);
  }
}

/* A deterministic shuffle of 0..n-1 into [perm]. */
static void shuffle(int *perm, int n, uint32_t seed) {
  for (int i = 0; i < n; i++) perm[i] = i;
  for (int i = n - 1; i > 0; i--) {
    seed = seed * 1664525u + 1013904223u;
    int j = (int)((seed >> 8) % (uint32_t)(i + 1));
    int t = perm[i];
    perm[i] = perm[j];
    perm[j] = t;
  }
}

/* ---- the timer heap ------------------------------------------------------ */

/* After every push the earliest deadline is on top and every parent is
 * no later than its children. */
Test(loop, heap_keeps_the_earliest_timer_on_top) {
  int perm[300];
  shuffle(perm, 300, 1);
  double base = loop_time() + 3600.0;
  for (int i = 0; i < 300; i++) {
    at(base + perm[i], i);
    expect_heap_order();
  }
  cr_assert_eq(loop->timer_count, 300);
  cr_assert_eq(AS_HANDLE(loop->timers[0])->when, base);
}

/* Many due timers pushed in random order run sorted by deadline. */
Test(loop, due_timers_run_in_deadline_order) {
  enum { N = 500 };
  int perm[N];
  shuffle(perm, N, 7);
  double base = past();
  for (int i = 0; i < N; i++) at(base + perm[i] * 0.001, perm[i]);
  run_once();
  cr_assert_eq(log_count, N);
  for (int i = 0; i < N; i++) cr_expect_eq(run_log[i], i);
  cr_assert_eq(loop->timer_count, 0);
}

/* Each timer gets the next sequence number, in the order of the calls. */
Test(loop, sequence_numbers_follow_the_calls) {
  double base = loop_time() + 3600.0;
  uint64_t first = at(base + 5, 0)->sequence;
  for (int i = 1; i < 10; i++)
    cr_expect_eq(at(base + (i % 3), i)->sequence, first + (uint64_t)i);
}

/* Equal deadlines: two or three timers run in the order they were
 * scheduled; from four on heapq's order shows, exactly as in asyncio
 * (python3 prints [0, 2, 1, 3] and [0, 2, 6, 9, 8, 5, 7, 4, 1, 3]). */
Test(loop, equal_deadlines_run_in_cpython_order) {
  static const int64_t two[] = {0, 1};
  static const int64_t three[] = {0, 1, 2};
  static const int64_t four[] = {0, 2, 1, 3};
  static const int64_t ten[] = {0, 2, 6, 9, 8, 5, 7, 4, 1, 3};
  static const struct {
    const int64_t *order; /* what python3 prints */
    int n;                /* how many timers */
  } cases[] = {{two, 2}, {three, 3}, {four, 4}, {ten, 10}};
  double when = past();
  for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
    log_count = 0;
    for (int i = 0; i < cases[c].n; i++) at(when, i);
    run_once();
    expect_log(cases[c].order, cases[c].n);
  }
}

/* A timer whose deadline has not come stays scheduled. */
Test(loop, future_timer_waits) {
  ObjHandle *later = at(loop_time() + 3600.0, 1);
  at(past(), 2);
  run_once();
  static const int64_t expected[] = {2};
  expect_log(expected, 1);
  cr_assert_eq(loop->timer_count, 1);
  cr_assert_eq(AS_OBJ(loop->timers[0]), (Obj *)later);
  cr_assert(later->scheduled);
}

/* A cancelled timer at the top of the heap is dropped before the timers
 * are moved to the ready queue, and never runs. */
Test(loop, cancelled_timer_on_top_is_dropped) {
  double base = past();
  ObjHandle *first = at(base, 1);
  gc_push_root(vm, OBJ_VAL(first));
  at(base + 1, 2);
  cancel(first);
  cr_assert_eq(loop->cancelled_timers, 1);
  run_once();
  static const int64_t expected[] = {2};
  expect_log(expected, 1);
  cr_assert_eq(loop->cancelled_timers, 0);
  cr_assert_not(first->scheduled);
  gc_pop_roots(vm, 1);
}

/* A cancelled timer deeper in the heap becomes due with the others and
 * is skipped when its turn comes. */
Test(loop, cancelled_timer_inside_heap_is_skipped) {
  double base = past();
  ObjHandle *handles[5];
  for (int i = 0; i < 5; i++) handles[i] = at(base + i, i);
  cancel(handles[3]);
  run_once();
  static const int64_t expected[] = {0, 1, 2, 4};
  expect_log(expected, 4);
  cr_assert_eq(loop->timer_count, 0);
}

/* When more than 100 timers are scheduled and over half are cancelled,
 * the heap is rebuilt without them, as asyncio does. */
Test(loop, mostly_cancelled_heap_is_rebuilt) {
  double base = loop_time() + 3600.0;
  int perm[150];
  shuffle(perm, 150, 3);
  ObjHandle *handles[150];
  for (int i = 0; i < 150; i++) handles[i] = at(base + perm[i], i);
  for (int i = 0; i < 150; i++) gc_push_root(vm, OBJ_VAL(handles[i]));
  for (int i = 0; i < 150; i += 3) {
    cancel(handles[i + 1]);
    cancel(handles[i + 2]);
  }
  cr_assert_eq(loop->cancelled_timers, 100);
  run_once();
  cr_assert_eq(log_count, 0);
  cr_assert_eq(loop->timer_count, 50);
  cr_assert_eq(loop->cancelled_timers, 0);
  expect_heap_order();
  for (int i = 0; i < 150; i++)
    cr_expect_eq(handles[i]->scheduled, i % 3 == 0, "timer %d", i);
  gc_pop_roots(vm, 150);
}

/* ---- the ready queue ----------------------------------------------------- */

/* call_soon handles run first in, first out, past the queue's first
 * growth. */
Test(loop, ready_queue_is_fifo) {
  for (int i = 0; i < 300; i++) soon(record_fn, i);
  cr_assert_eq(loop->ready_count, 300);
  run_once();
  cr_assert_eq(log_count, 300);
  for (int i = 0; i < 300; i++) cr_expect_eq(run_log[i], i);
  cr_assert_eq(loop->ready_count, 0);
}

/* The ring buffer keeps its order when the queue wraps around the end of
 * its array and when it grows while wrapped. */
Test(loop, ready_queue_keeps_order_when_wrapped) {
  for (int i = 0; i < 40; i++) soon(record_fn, i);
  run_once();
  cr_assert_eq(loop->ready_head, 40);
  log_count = 0;
  for (int i = 0; i < 100; i++) soon(record_fn, i);
  run_once();
  cr_assert_eq(log_count, 100);
  for (int i = 0; i < 100; i++) cr_expect_eq(run_log[i], i);
}

/* A handle scheduled by a callback waits for the next iteration. */
Test(loop, callbacks_added_while_running_wait_for_next_iteration) {
  soon(schedule_fn, 1);
  soon(schedule_fn, 2);
  run_once();
  static const int64_t first[] = {1, 2};
  expect_log(first, 2);
  cr_assert_eq(loop->ready_count, 2);
  run_once();
  static const int64_t both[] = {1, 2, 101, 102};
  expect_log(both, 4);
  cr_assert_eq(loop->ready_count, 0);
}

/* Timers that become due are queued behind the handles already ready
 * (python3: ['X', 'Y', 'T']). */
Test(loop, due_timers_follow_ready_handles) {
  soon(record_fn, 1);
  at(past(), 3);
  soon(record_fn, 2);
  run_once();
  static const int64_t expected[] = {1, 2, 3};
  expect_log(expected, 3);
}

/* A cancelled handle stays in the queue but does not run. */
Test(loop, cancelled_ready_handle_is_skipped) {
  soon(record_fn, 0);
  ObjHandle *middle = soon(record_fn, 1);
  soon(record_fn, 2);
  cancel(middle);
  run_once();
  static const int64_t expected[] = {0, 2};
  expect_log(expected, 2);
}

/* Schedules fail(1) then record(2), runs one iteration and checks the
 * report of fail's exception. */
static void check_failing_callback(void) {
  vm->write_err = capture;
  soon(new_native("fail", fail), 1);
  soon(record_fn, 2);
  run_once();
  static const int64_t expected[] = {1, 2};
  expect_log(expected, 2);
  cr_assert(buf_append(&captured, "", 0));
  cr_expect(!strncmp(captured.data, "Exception in callback fail(", 27),
            "report: %s", captured.data);
  cr_expect_not_null(strstr(captured.data, "ValueError: boom\n"), "report: %s",
                     captured.data);
}

/* An exception in a callback goes to the exception handler and the
 * iteration goes on with the next handle. */
Test(loop, failing_callback_is_reported_and_loop_goes_on) {
  vm->stress_gc = false;
  check_failing_callback();
}

/* The same report with a collection at every allocation: the report's
 * message and keys must stay rooted while it is built. */
Test(loop, failing_callback_report_survives_collections) {
  vm->stress_gc = true;
  check_failing_callback();
}

/* ---- futures ------------------------------------------------------------- */

/* A done callback: checks it got the finished future and logs [tag]. */
static bool future_done(Value *args, int nargs, int64_t tag, Value *result) {
  cr_assert_eq(nargs, 1);
  cr_assert(IS_FUTURE(vm, args[0]));
  cr_assert_eq(AS_FUTURE(args[0])->state, FUTURE_FINISHED);
  cr_assert_lt(log_count, MAX_LOG);
  run_log[log_count++] = tag;
  *result = NONE_VAL;
  return true;
}

static bool done_one(EddyVM *v, Value *args, int nargs, ObjTuple *kw,
                     Value *result) {
  (void)v;
  (void)kw;
  return future_done(args, nargs, 1, result);
}

static bool done_two(EddyVM *v, Value *args, int nargs, ObjTuple *kw,
                     Value *result) {
  (void)v;
  (void)kw;
  return future_done(args, nargs, 2, result);
}

/* set_result schedules the done callbacks in the order they were added
 * instead of calling them; a callback added after completion is
 * scheduled at once, behind them. */
Test(loop, future_callbacks_are_scheduled_in_order) {
  Value one = new_native("done_one", done_one);
  Value two = new_native("done_two", done_two);
  ObjFuture *fut = future_new(vm, loop);
  cr_assert_not_null(fut);
  gc_push_root(vm, OBJ_VAL(fut));
  cr_assert(future_add_callback(vm, fut, two));
  cr_assert(future_add_callback(vm, fut, one));
  cr_assert(future_set_result(vm, fut, INT_VAL(7)));
  cr_assert_eq(log_count, 0);
  cr_assert_eq(loop->ready_count, 2);
  cr_assert(future_add_callback(vm, fut, two));
  cr_assert_eq(loop->ready_count, 3);
  run_once();
  static const int64_t expected[] = {2, 1, 2};
  expect_log(expected, 3);
  gc_pop_roots(vm, 1);
}

/* ---- scripts ------------------------------------------------------------- */

/* Runs [source] with stdout captured and compares it with [expected]. */
static void expect_output(const char *source, const char *expected) {
  vm->write_out = capture;
  EddyStatus status = eddy_run_string(vm, source, "<test>");
  cr_assert_eq(status, EDDY_OK, "%s", eddy_error_traceback(vm));
  cr_assert(buf_append(&captured, "", 0));
  cr_expect_str_eq(captured.data, expected);
}

/* call_soon, a callback scheduling another, sleep(0) and a timer, seen
 * from a coroutine (output from python3). */
Test(loop, script_sees_run_once_order) {
  expect_output(
      "import asyncio\n"
      "async def main():\n"
      "    loop = asyncio.get_running_loop()\n"
      "    out = []\n"
      "    loop.call_later(0.01, out.append, 'later')\n"
      "    loop.call_soon(out.append, 'soon1')\n"
      "    loop.call_soon(lambda: loop.call_soon(out.append, 'nested'))\n"
      "    loop.call_soon(out.append, 'soon2')\n"
      "    await asyncio.sleep(0)\n"
      "    out.append('after sleep0')\n"
      "    await asyncio.sleep(0)\n"
      "    out.append('after second sleep0')\n"
      "    await asyncio.sleep(0.02)\n"
      "    print(out)\n"
      "asyncio.run(main())\n",
      "['soon1', 'soon2', 'after sleep0', 'nested', 'after second sleep0', "
      "'later']\n");
}

/* Timers scheduled out of order, some with equal deadlines, and one
 * cancelled (output from python3). */
Test(loop, script_timers_run_by_deadline) {
  expect_output(
      "import asyncio\n"
      "loop = asyncio.new_event_loop()\n"
      "out = []\n"
      "t = loop.time() - 1000\n"
      "for i, d in enumerate([5, 1, 4, 1, 3, 1, 2, 1]):\n"
      "    h = loop.call_at(t + d, out.append, (d, i))\n"
      "    if i == 4:\n"
      "        h.cancel()\n"
      "loop.call_soon(out.append, 'soon')\n"
      "loop.stop()\n"
      "loop.run_forever()\n"
      "print(out)\n"
      "loop.close()\n",
      "['soon', (1, 1), (1, 5), (1, 3), (1, 7), (2, 6), (4, 2), (5, 0)]\n");
}

/* The report of a failing done callback shows the future it was called
 * with, as asyncio's does (python3's first two lines below), although a
 * done callback's single argument is stored without a tuple around it. */
Test(loop, failing_done_callback_report_shows_the_future) {
  vm->write_err = capture;
  cr_assert_eq(eddy_run_string(vm,
                               "import asyncio\n"
                               "async def main():\n"
                               "    loop = asyncio.get_running_loop()\n"
                               "    f = loop.create_future()\n"
                               "    def cb(fut):\n"
                               "        raise ValueError('boom')\n"
                               "    f.add_done_callback(cb)\n"
                               "    f.set_result(7)\n"
                               "    await asyncio.sleep(0)\n"
                               "asyncio.run(main())\n",
                               "<test>"),
               EDDY_OK);
  cr_assert(buf_append(&captured, "", 0));
  static const char *const head =
      "Exception in callback main.<locals>.cb(<Future finished result=7>) "
      "at <test>:5\n"
      "handle: <Handle main.<locals>.cb(<Future finished result=7>) at "
      "<test>:5>\n";
  cr_expect(!strncmp(captured.data, head, strlen(head)), "report: %s",
            captured.data);
}
