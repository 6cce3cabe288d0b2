/* mod_ffi_async.c: foreign calls awaited on a worker pool (see
 * mod_ffi.h).
 *
 * `await f.call_async(*args)` converts the arguments on the loop's thread
 * (where the VM may be touched), queues a job and returns a Future of
 * the running loop. A worker thread takes the job, makes the C call, and
 * hands the job back with loop_post_threadsafe; the loop then converts
 * the result and completes the future, waking the awaiting task. A
 * worker never touches the VM's heap.
 *
 * Every job stays on the pool's [jobs] list until the loop has completed
 * it, so the collector keeps its future, function, arguments (a "string"
 * argument points into a str of that tuple) and loop alive while the C
 * call runs. When the awaiting task is cancelled its future is cancelled;
 * the C call cannot be stopped, it finishes in the background and its
 * result is dropped.
 *
 * The pool (FFI_WORKERS threads) starts on the first async call. At VM
 * shutdown the workers finish the call they are in (which may take as
 * long as that call takes), skip the queued ones and are joined before
 * the heap is freed.
 */
#include <string.h>

#include "stdlib/mod_ffi.h"
#include "vm/async.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_tuple.h"

#define FFI_WORKERS 4
#define AIO(vm) ((AsyncState *)(vm)->aio)

struct FfiJob {
  FfiJob *next_queued; /* the next job waiting for a worker */
  FfiJob *next;        /* the next job of the pool's [jobs] list */
  ObjLoop *loop;       /* the loop that completes it */
  Value future;        /* the Future the task awaits */
  Value function;      /* the Function called */
  Value args;          /* tuple of the arguments, kept alive */
  uint8_t *block;      /* converted arguments, then the return slot */
  void **avalues;      /* pointers into [block], one per argument */
  uint8_t *ret;        /* where the result goes (inside [block]) */
};

/* Frees [job] and what it owns. */
static void job_free(FfiJob *job) {
  free(job->block);
  free(job->avalues);
  free(job);
}

/* Takes [job] off the pool's list of jobs under way. */
static void unlink_job(FfiState *st, FfiJob *job) {
  pthread_mutex_lock(&st->lock);
  for (FfiJob **p = &st->jobs; *p; p = &(*p)->next) {
    if (*p == job) {
      *p = job->next;
      break;
    }
  }
  pthread_mutex_unlock(&st->lock);
}

/* Completes the future of [job] with its C result; on the loop thread. */
static void complete(EddyVM *vm, FfiJob *job) {
  ObjFuture *fut = AS_FUTURE(job->future);
  if (fut->state != FUTURE_PENDING) return; /* cancelled: dropped */
  FfiFunction *f = (FfiFunction *)AS_OBJ(job->function);
  Value saved = vm->task->exception, v;
  vm->task->exception = UNDEF_VAL;
  bool ok = ffi_from_ret(vm, &f->sig.ret, job->ret, &v);
  if (ok) {
    gc_push_root(vm, v);
    ok = future_set_result(vm, fut, v);
    gc_pop_roots(vm, 1);
  } else {
    ok = future_set_raised(vm, fut);
  }
  (void)ok; /* a future that refuses its result has nobody to tell */
  vm->task->exception = saved;
}

/* Runs on the loop's thread once a worker has made the call of [data]. */
static void job_done(EddyVM *vm, void *data) {
  FfiJob *job = data;
  unlink_job(FFI(vm), job);
  gc_push_root(vm, job->future);
  gc_push_root(vm, job->function);
  complete(vm, job);
  gc_pop_roots(vm, 2);
  job_free(job);
}

/* A worker: takes jobs until the pool stops. */
static void *worker(void *arg) {
  FfiState *st = arg;
  for (;;) {
    pthread_mutex_lock(&st->lock);
    while (!st->queue && !st->stopping) pthread_cond_wait(&st->wake, &st->lock);
    if (st->stopping) {
      pthread_mutex_unlock(&st->lock);
      return NULL;
    }
    FfiJob *job = st->queue;
    st->queue = job->next_queued;
    pthread_mutex_unlock(&st->lock);
    FfiFunction *f = (FfiFunction *)AS_OBJ(job->function);
    ffi_call(&f->sig.cif, f->fn, job->ret, job->avalues);
    /* out of memory: the job stays listed and is freed at shutdown */
    loop_post_threadsafe(job->loop, job_done, job);
  }
}

/* Starts the workers the first time they are needed. */
static bool start_pool(EddyVM *vm) {
  FfiState *st = FFI(vm);
  while (st->nthreads < FFI_WORKERS) {
    if (pthread_create(&st->threads[st->nthreads], NULL, worker, st) != 0)
      break;
    st->nthreads++;
  }
  if (st->nthreads) return true;
  return vm_raise(vm, vm->exc.RuntimeError,
                  "ffi: cannot start a worker thread");
}

/* A job for [f] with the [nargs] arguments at [args], its arguments
 * converted; NULL after raising. */
static FfiJob *job_new(EddyVM *vm, FfiFunction *f, Value *args, int nargs) {
  FfiJob *job = calloc(1, sizeof *job);
  size_t bsize = ffi_call_block_size(&f->sig);
  size_t rsize = ffi_call_ret_size(&f->sig);
  if (job) {
    job->block = aligned_alloc(16, bsize + rsize);
    job->avalues = calloc((size_t)f->sig.nargs + 1, sizeof *job->avalues);
  }
  if (!job || !job->block || !job->avalues) {
    if (job) job_free(job);
    vm_raise_memory(vm);
    return NULL;
  }
  job->ret = job->block + bsize;
  memset(job->ret, 0, rsize);
  if (!ffi_call_prepare(vm, &f->sig, AS_STR(f->name)->chars, args, nargs,
                        job->block, job->avalues)) {
    job_free(job);
    return NULL;
  }
  return job;
}

/* Hands [job] to the workers; it joins the pool's list first. */
static void enqueue(FfiState *st, FfiJob *job) {
  pthread_mutex_lock(&st->lock);
  job->next = st->jobs;
  st->jobs = job;
  FfiJob **tail = &st->queue;
  while (*tail) tail = &(*tail)->next_queued;
  *tail = job;
  pthread_cond_signal(&st->wake);
  pthread_mutex_unlock(&st->lock);
}

/* The running loop, or NULL after raising RuntimeError. */
static ObjLoop *running_loop(EddyVM *vm) {
  ObjLoop *loop = vm->aio ? AIO(vm)->running_loop : NULL;
  if (!loop)
    vm_raise(vm, vm->exc.RuntimeError,
             "call_async() needs a running event loop (use it in a "
             "coroutine run by asyncio)");
  return loop;
}

bool ffi_call_async(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                    Value *result) {
  if (nargs < 1 || !ffi_is_function(args[0]))
    return vm_raise(vm, vm->exc.TypeError,
                    "descriptor 'call_async' requires a 'Function' object");
  FfiFunction *f = (FfiFunction *)AS_OBJ(args[0]);
  ObjLoop *loop;
  if (!native_no_kwargs(vm, "call_async", kwnames) ||
      !(loop = running_loop(vm)) || !start_pool(vm))
    return false;
  ObjTuple *kept = tuple_from_array(vm, args + 1, (size_t)(nargs - 1));
  if (!kept) return false;
  gc_push_root(vm, OBJ_VAL(kept));
  ObjFuture *fut = future_new(vm, loop);
  if (fut) gc_push_root(vm, OBJ_VAL(fut));
  FfiJob *job = fut ? job_new(vm, f, kept->items, nargs - 1) : NULL;
  gc_pop_roots(vm, fut ? 2 : 1);
  if (!job) return false;
  job->loop = loop;
  job->future = OBJ_VAL(fut);
  job->function = args[0];
  job->args = OBJ_VAL(kept);
  enqueue(FFI(vm), job);
  *result = OBJ_VAL(fut);
  return true;
}

void ffi_async_mark(EddyVM *vm) {
  FfiState *st = FFI(vm);
  pthread_mutex_lock(&st->lock);
  for (FfiJob *job = st->jobs; job; job = job->next) {
    gc_mark_object(vm, (Obj *)job->loop);
    gc_mark_value(vm, job->future);
    gc_mark_value(vm, job->function);
    gc_mark_value(vm, job->args);
  }
  pthread_mutex_unlock(&st->lock);
}

void ffi_async_free(EddyVM *vm) {
  FfiState *st = FFI(vm);
  pthread_mutex_lock(&st->lock);
  st->stopping = true;
  pthread_cond_broadcast(&st->wake);
  pthread_mutex_unlock(&st->lock);
  for (int i = 0; i < st->nthreads; i++) pthread_join(st->threads[i], NULL);
  st->nthreads = 0;
  while (st->jobs) {
    FfiJob *job = st->jobs;
    st->jobs = job->next;
    job_free(job);
  }
  st->queue = NULL;
}
