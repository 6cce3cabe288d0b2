/* test_loop_host.c: the loop driven from outside (loop_host.c).
 *
 * A host watches loop_fd and calls loop_step; these tests play that host
 * with poll(2). They check that the descriptor turns readable for each
 * kind of work (a ready handle, a due timer, a post from another thread)
 * and stays quiet when there is none, that loop_step runs the work, and
 * that posts from several threads all run, in order per thread, on the
 * thread that steps the loop.
 */
#include <criterion/criterion.h>
#include <poll.h>
#include <pthread.h>

#include "include/eddy.h"
#include "vm/async.h"
#include "vm/gc.h"
#include "vm/native.h"

#define POSTERS 4
#define POSTS_EACH 200

static EddyVM *vm;
static ObjLoop *loop;
static Value record_fn;  /* record(n): counts the handles run */
static int handles_run;  /* how many record() calls ran */
static pthread_t loop_thread; /* the thread that steps the loop */

/* Counts one handle. */
static bool record(EddyVM *v, Value *args, int nargs, ObjTuple *kw,
                   Value *result) {
  (void)v;
  (void)args;
  (void)nargs;
  (void)kw;
  handles_run++;
  *result = NONE_VAL;
  return true;
}

static void setup(void) {
  vm = vm_new();
  cr_assert_not_null(vm);
  loop = loop_session(vm);
  cr_assert_not_null(loop);
  cr_assert_eq(loop_session(vm), loop, "one loop per VM");
  ObjNative *n = native_new(vm, "record", record);
  cr_assert_not_null(n);
  gc_push_root(vm, OBJ_VAL(n));
  record_fn = OBJ_VAL(n);
  handles_run = 0;
  loop_thread = pthread_self();
}

static void teardown(void) { vm_free(vm); }

TestSuite(loop_host, .init = setup, .fini = teardown);

/* Whether loop_fd is readable within [ms] milliseconds. */
static bool fd_ready(int ms) {
  struct pollfd p = {loop_fd(loop), POLLIN, 0};
  return poll(&p, 1, ms) == 1;
}

Test(loop_host, idle_loop_is_quiet) {
  cr_assert_geq(loop_fd(loop), 0);
  cr_assert_eq(loop_next_timeout(loop), -1);
  cr_assert_not(fd_ready(20));
}

Test(loop_host, ready_handle_shows_and_runs) {
  cr_assert_not_null(loop_call_soon(vm, loop, HANDLE_CALL, record_fn, NONE_VAL));
  cr_assert_eq(loop_next_timeout(loop), 0);
  cr_assert(fd_ready(1000));
  cr_assert(loop_step(vm, loop, 0));
  cr_assert_eq(handles_run, 1);
  cr_assert_eq(loop_next_timeout(loop), -1);
  cr_assert_not(fd_ready(20), "nothing left to do");
}

Test(loop_host, timer_shows_when_due) {
  cr_assert_not_null(
      loop_call_at(vm, loop, loop_time() + 0.05, record_fn, NONE_VAL));
  double t = loop_next_timeout(loop);
  cr_assert(t > 0 && t <= 0.05);
  cr_assert(loop_step(vm, loop, 0));
  cr_assert_eq(handles_run, 0, "not due yet");
  cr_assert(fd_ready(5000), "readable once the deadline passes");
  cr_assert(loop_step(vm, loop, 0));
  cr_assert_eq(handles_run, 1);
}

Test(loop_host, step_waits_at_most_its_timeout) {
  cr_assert_not_null(
      loop_call_at(vm, loop, loop_time() + 3600, record_fn, NONE_VAL));
  double start = loop_time();
  cr_assert(loop_step(vm, loop, 0.01));
  cr_assert_lt(loop_time() - start, 30.0);
  cr_assert_eq(handles_run, 0);
}

Test(loop_host, running_while_stepped) {
  cr_assert_not(loop->running);
  cr_assert(loop_enter(vm, loop));
  cr_assert(loop->running);
  cr_assert_not(loop_step(vm, loop, 0), "cannot step a running loop");
  vm->task->exception = UNDEF_VAL;
  loop_leave(vm, loop);
  cr_assert_not(loop->running);
}

/* A post: counts itself in the int at [data], checking its thread. */
static void count_post(EddyVM *v, void *data) {
  cr_assert_eq(v, vm);
  cr_assert(pthread_equal(pthread_self(), loop_thread));
  (*(int *)data)++;
}

Test(loop_host, post_wakes_the_loop) {
  int count = 0;
  cr_assert(loop_post_threadsafe(loop, count_post, &count));
  cr_assert(fd_ready(1000));
  cr_assert(loop_step(vm, loop, 0));
  cr_assert_eq(count, 1);
}

/* One posting thread: its [seen] array records the order of its posts. */
typedef struct Poster {
  pthread_t thread;        /* the posting thread */
  int next;                /* the index its next post will check */
  int index[POSTS_EACH];   /* the data of each post */
  bool in_order;           /* every post ran in posting order */
} Poster;

/* A post of [Poster] p: checks that it is the next one expected. */
static void ordered_post(EddyVM *v, void *data) {
  (void)v;
  int *slot = data;
  Poster *p = (Poster *)((char *)(slot - *slot) - offsetof(Poster, index));
  if (*slot != p->next) p->in_order = false;
  p->next++;
}

static void *post_all(void *arg) {
  Poster *p = arg;
  for (int i = 0; i < POSTS_EACH; i++)
    if (!loop_post_threadsafe(loop, ordered_post, &p->index[i])) return NULL;
  return NULL;
}

Test(loop_host, posts_from_many_threads) {
  static Poster posters[POSTERS];
  for (int t = 0; t < POSTERS; t++) {
    posters[t].next = 0;
    posters[t].in_order = true;
    for (int i = 0; i < POSTS_EACH; i++) posters[t].index[i] = i;
    cr_assert_eq(pthread_create(&posters[t].thread, NULL, post_all, &posters[t]), 0);
  }
  for (int t = 0; t < POSTERS; t++) pthread_join(posters[t].thread, NULL);
  for (int rounds = 0; rounds < 100 && fd_ready(0); rounds++)
    cr_assert(loop_step(vm, loop, 0));
  for (int t = 0; t < POSTERS; t++) {
    cr_assert_eq(posters[t].next, POSTS_EACH);
    cr_assert(posters[t].in_order);
  }
}
