/* loop_host.c: the event loop driven from outside its run_forever.
 *
 * A host that keeps its own main loop (the REPL waiting for keystrokes,
 * an application's frame loop) holds one loop for the VM's lifetime,
 * loop_session, and calls loop_step whenever loop_fd is readable or the
 * deadline from loop_next_timeout passes. loop_fd is the loop's epoll
 * descriptor itself: besides the I/O the loop waits on, it holds an
 * eventfd written by loop_post_threadsafe and a timerfd that loop_step
 * arms for the next timer (or at once while handles are ready), so one
 * descriptor in the host's poll set tells it everything.
 *
 * Posts from other threads are plain malloc'd nodes on a mutex-guarded
 * queue: a thread that is not running the VM must not touch its heap,
 * so the node carries a C function that runs later on the loop's thread.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include "vm/async.h"
#include "vm/gc.h"

#define AIO(vm) ((AsyncState *)(vm)->aio)

/* ---- wake descriptors ------------------------------------------------- */

/* Adds [fd] to [loop]'s poller; closes it and returns -1 when that fails. */
static int watch_fd(ObjLoop *loop, int fd) {
  if (fd < 0) return -1;
  struct epoll_event ev = {.events = EPOLLIN, .data.fd = fd};
  if (loop->epoll_fd >= 0 &&
      epoll_ctl(loop->epoll_fd, EPOLL_CTL_ADD, fd, &ev) == 0)
    return fd;
  close(fd);
  return -1;
}

void loop_wake_open(ObjLoop *loop) {
  pthread_mutex_init(&loop->post_lock, NULL);
  loop->wake_fd = watch_fd(loop, eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK));
  loop->timer_fd = watch_fd(
      loop, timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK));
}

void loop_wake_close(ObjLoop *loop) {
  if (loop->wake_fd >= 0) close(loop->wake_fd);
  if (loop->timer_fd >= 0) close(loop->timer_fd);
  loop->wake_fd = loop->timer_fd = -1;
  LoopPost *post = loop->posts;
  while (post) {
    LoopPost *next = post->next;
    free(post);
    post = next;
  }
  loop->posts = loop->posts_tail = NULL;
  pthread_mutex_destroy(&loop->post_lock);
}

/* Empties the counter of eventfd or timerfd [fd]. */
static void drain_fd(int fd) {
  uint64_t count;
  if (fd >= 0) {
    ssize_t n = read(fd, &count, sizeof count);
    (void)n;
  }
}

/* ---- posts from other threads ------------------------------------------ */

bool loop_post_threadsafe(ObjLoop *loop, LoopThreadFn fn, void *data) {
  LoopPost *post = malloc(sizeof *post);
  if (!post) return false;
  post->fn = fn;
  post->data = data;
  post->next = NULL;
  pthread_mutex_lock(&loop->post_lock);
  if (loop->posts_tail)
    loop->posts_tail->next = post;
  else
    loop->posts = post;
  loop->posts_tail = post;
  pthread_mutex_unlock(&loop->post_lock);
  atomic_store(&loop->posted, true);
  uint64_t one = 1;
  if (loop->wake_fd >= 0) {
    ssize_t n = write(loop->wake_fd, &one, sizeof one);
    (void)n;
  }
  return true;
}

void loop_run_posts(EddyVM *vm, ObjLoop *loop) {
  atomic_store(&loop->posted, false);
  drain_fd(loop->wake_fd);
  drain_fd(loop->timer_fd);
  pthread_mutex_lock(&loop->post_lock);
  LoopPost *post = loop->posts;
  loop->posts = loop->posts_tail = NULL;
  pthread_mutex_unlock(&loop->post_lock);
  while (post) {
    LoopPost *next = post->next;
    post->fn(vm, post->data);
    free(post);
    post = next;
  }
}

/* ---- the session loop ----------------------------------------------------- */

ObjLoop *loop_session(EddyVM *vm) {
  if (!vm->aio && !async_init(vm)) return NULL;
  if (!AIO(vm)->session_loop) AIO(vm)->session_loop = loop_new(vm);
  return AIO(vm)->session_loop;
}

bool loop_enter(EddyVM *vm, ObjLoop *loop) {
  if (loop->closed)
    return vm_raise(vm, vm->exc.RuntimeError, "Event loop is closed");
  if (loop->running)
    return vm_raise(vm, vm->exc.RuntimeError,
                    "This event loop is already running");
  if (AIO(vm)->running_loop)
    return vm_raise(vm, vm->exc.RuntimeError,
                    "Cannot run the event loop while another loop is running");
  AIO(vm)->running_loop = loop;
  loop->running = true;
  return true;
}

void loop_leave(EddyVM *vm, ObjLoop *loop) {
  loop->running = false;
  loop->stopping = false;
  if (AIO(vm)->running_loop == loop) AIO(vm)->running_loop = NULL;
}

/* ---- stepping ------------------------------------------------------------- */

/* Arms the timerfd so loop_fd turns readable when [loop] next has work:
 * at once while handles are ready, at the earliest deadline otherwise. */
static void arm_timer(ObjLoop *loop) {
  if (loop->timer_fd < 0) return;
  drain_fd(loop->timer_fd); /* an expiry a skipped poll left unread */
  double t = loop_next_timeout(loop);
  struct itimerspec spec;
  memset(&spec, 0, sizeof spec);
  if (t >= 0) {
    if (t < 1e-9) t = 1e-9;
    spec.it_value.tv_sec = (time_t)t;
    spec.it_value.tv_nsec = (long)((t - (double)(time_t)t) * 1e9);
    if (spec.it_value.tv_sec == 0 && spec.it_value.tv_nsec == 0)
      spec.it_value.tv_nsec = 1;
  }
  timerfd_settime(loop->timer_fd, 0, &spec, NULL);
}

bool loop_step(EddyVM *vm, ObjLoop *loop, double timeout) {
  if (!loop_enter(vm, loop)) return false;
  gc_push_root(vm, OBJ_VAL(loop));
  bool ok = loop_run_once(vm, loop, timeout);
  gc_pop_roots(vm, 1);
  loop_leave(vm, loop);
  arm_timer(loop);
  return ok;
}

int loop_fd(ObjLoop *loop) {
  arm_timer(loop);
  return loop->epoll_fd;
}
