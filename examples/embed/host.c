/* host.c: an application that keeps its own main loop and lets Eddy's
 * tasks run inside it.
 *
 * It registers a module `game` with a plain function (add) and an async
 * one (fetch) whose result comes from a worker thread. Its main loop
 * polls Eddy's descriptor together with a timer of its own: when the
 * timer fires, the host starts the worker that completes the future
 * from its own thread. The script is started with eddy_run_in_loop, so
 * the task it creates runs as the host steps the loop. */
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "eddy.h"

static const char *script =
    "import asyncio\n"
    "import game\n"
    "\n"
    "async def main():\n"
    "    print('add:', game.add(2, 3))\n"
    "    await asyncio.sleep(0.01)\n"
    "    print('slept; fetching')\n"
    "    value = await game.fetch(21)\n"
    "    print('fetched:', value)\n"
    "    try:\n"
    "        await game.fetch(-1)\n"
    "    except ValueError as e:\n"
    "        print('fetch failed:', e)\n"
    "\n"
    "task = asyncio.create_task(main())\n"
    "print('script done; task started')\n";

/* A fetch waiting for the host's timer. */
typedef struct Request {
  EddyFuture *future; /* completed by the worker */
  long long n;        /* the argument */
} Request;

/* The host's pending requests (one at a time in this example). */
static Request pending;
static int have_pending;

/* game.add(a, b): a plain native function. */
static bool game_add(EddyVM *vm, int argc, void *user) {
  (void)user;
  long long a, b;
  if (argc != 2) return eddy_raise(vm, "TypeError", "add() takes 2 arguments");
  if (!eddy_get_int(vm, 1, &a) || !eddy_get_int(vm, 2, &b)) return false;
  return eddy_set_int(vm, 0, a + b);
}

/* game.fetch(n): returns a future the host completes later. */
static bool game_fetch(EddyVM *vm, int argc, void *user) {
  (void)user;
  if (argc != 1) return eddy_raise(vm, "TypeError", "fetch() takes 1 argument");
  long long n;
  if (!eddy_get_int(vm, 1, &n)) return false;
  EddyFuture *future = eddy_future_new(vm, 0, NULL, NULL);
  if (!future) return false;
  pending.future = future;
  pending.n = n;
  have_pending = 1;
  return true;
}

/* The worker thread: computes the answer and completes the future. */
static void *worker(void *arg) {
  Request *req = arg;
  if (req->n < 0)
    eddy_future_reject(req->future, "ValueError", "negative input");
  else
    eddy_future_resolve_int(req->future, req->n * 2);
  free(req);
  return NULL;
}

/* The host's timer: hands the pending request to a worker thread. */
static void on_host_timer(void) {
  if (!have_pending) return;
  printf("host: timer fired, starting worker\n");
  Request *req = malloc(sizeof *req);
  if (!req) exit(1);
  *req = pending;
  have_pending = 0;
  pthread_t thread;
  if (pthread_create(&thread, NULL, worker, req) != 0) exit(1);
  pthread_detach(thread);
}

/* Milliseconds on a monotonic clock. */
static long long now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int main(void) {
  EddyVM *vm = eddy_new(NULL);
  if (!vm || !eddy_define_module(vm, "game") ||
      !eddy_define_function(vm, "game", "add", game_add, NULL) ||
      !eddy_define_function(vm, "game", "fetch", game_fetch, NULL))
    return 1;
  if (eddy_run_in_loop(vm, script, "script.py") != EDDY_OK) {
    fputs(eddy_error_traceback(vm), stderr);
    return 1;
  }
  long long next_timer = now_ms() + 20; /* the host's own 20 ms timer */
  while (!eddy_loop_is_idle(vm)) {
    struct pollfd pfd = {.fd = eddy_loop_fd(vm), .events = POLLIN};
    long long wait = next_timer - now_ms();
    if (wait < 0) wait = 0;
    poll(&pfd, 1, (int)wait);
    if (now_ms() >= next_timer) {
      on_host_timer();
      next_timer = now_ms() + 20;
    }
    if (eddy_loop_step(vm, 0) != EDDY_OK) {
      fputs(eddy_error_traceback(vm), stderr);
      return 1;
    }
  }
  printf("host: loop idle\n");
  eddy_free(vm);
  return 0;
}
