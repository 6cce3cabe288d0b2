/* api.h: the state behind include/eddy.h, shared by vm/api.c (which
 * implements the public functions) and vm/api_state.c (slots, handles
 * and limits, the parts the collector and the dispatch loop reach).
 *
 * Slots are one growable array of values; a frame is a window [base,
 * base + count) of it. The host's own frame starts at 0; each native
 * call opens a new frame above the current one and closes it on return,
 * so a native called from a script called from the host cannot disturb
 * the host's slots. Every slot below the top of the current frame, every
 * handle and every pending host future is a GC root (api_mark).
 */
#ifndef EDDY_API_STATE_H
#define EDDY_API_STATE_H

#include "include/eddy.h"
#include "vm/vm.h"

struct EddyHandle {
  Value value;             /* the value kept alive */
  struct EddyHandle *prev; /* neighbours in ApiState.handles */
  struct EddyHandle *next;
};

/* How a host future is to be completed (filled by the resolving thread). */
typedef enum {
  SETTLE_CALL,   /* call [make] to produce the result */
  SETTLE_INT,    /* an int */
  SETTLE_STRING, /* a str from [text] */
  SETTLE_REJECT, /* raise [type] with [text] */
} SettleKind;

struct EddyFuture {
  EddyVM *vm;               /* its VM */
  Value future;             /* the asyncio Future (a root while listed) */
  void *loop;               /* the ObjLoop the future belongs to */
  EddyCancelFn on_cancel;   /* told when the awaiting task is cancelled */
  void *user;               /* handed to on_cancel, eddy_future_user */
  int claimed;              /* set (atomically) by the first completion */
  SettleKind kind;          /* how it completes */
  EddyNativeFn make;        /* SETTLE_CALL: the producer */
  void *make_user;          /* its pointer */
  long long number;         /* SETTLE_INT: the value */
  char *text;               /* SETTLE_STRING / SETTLE_REJECT (malloc'd) */
  size_t text_len;          /* bytes of [text] */
  char type[64];            /* SETTLE_REJECT: the exception class name */
  struct EddyFuture *prev;  /* neighbours in ApiState.futures */
  struct EddyFuture *next;
};

typedef struct ApiState {
  Value *slots;           /* every frame's slots (malloc'd) */
  int slot_cap;           /* entries allocated */
  int base;               /* first slot of the current frame */
  int count;              /* slots in the current frame */
  int native_depth;       /* natives running: errors stay pending */
  struct EddyHandle *handles;  /* live handles */
  struct EddyFuture *futures;  /* host futures not completed yet */
  ByteBuf error_type;     /* eddy_error_type */
  ByteBuf error_message;  /* eddy_error_message (last_error holds the
                             traceback) */
  EddyWriteFn write_out;  /* the host's stdout hook, or NULL */
  EddyWriteFn write_err;  /* its stderr hook, or NULL */
  void *write_user;       /* handed to both */
  uint64_t budget;        /* instruction budget per host entry, 0: none */
  uint64_t ticks_left;    /* what remains of it */
  uint32_t tick_phase;    /* counts ticks between interrupt checks */
  EddyInterruptFn interrupt; /* the host's interrupt callback, or NULL */
  void *interrupt_user;   /* handed to it */
  void *user_data;        /* EddyConfig.user_data */
} ApiState;

/* The API state of [vm], made with the defaults on first use when the
 * VM did not come from eddy_new (vm_new, as the unit tests make them). */
#define API(vm) ((vm)->api ? (ApiState *)(vm)->api : api_state_default(vm))

/* Makes vm->api with the default configuration; aborts when even that
 * small allocation fails, since no error can be reported without it. */
ApiState *api_state_default(EddyVM *vm);

/* Makes vm->api from [config] and hooks it into the VM (marking, tick,
 * write hooks); false when memory runs out. */
bool api_state_init(EddyVM *vm, const EddyConfig *config);
/* Frees vm->api, its handles and its futures (vm->host_release). */
void api_state_free(EddyVM *vm);
/* A pointer to the value of [slot] of the current frame, or NULL after
 * raising SystemError when there is no such slot. */
Value *api_slot(EddyVM *vm, int slot);
/* Makes the current frame [count] slots long at least; false after
 * raising MemoryError. */
bool api_ensure(EddyVM *vm, int count) MUST_CHECK;
/* Opens a frame of [count] slots (all None) above the current one,
 * saving the current one's bounds in [saved] (base, count). */
bool api_push_frame(EddyVM *vm, int count, int saved[2]) MUST_CHECK;
/* Closes the frame api_push_frame opened. */
void api_pop_frame(EddyVM *vm, const int saved[2]);
/* Starts an entry from the host: refills the instruction budget. */
void api_enter(EddyVM *vm);

#endif
