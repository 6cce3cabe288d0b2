/* repl_internal.h: what the files of the interactive prompt share.
 *
 * repl.c runs the session: it reads lines with readline's callback
 * interface while stepping the VM's session loop (vm/async.h,
 * loop_session), so tasks started at the prompt run while the user
 * types, and keeps the history. repl_entry.c decides when an entry is
 * complete, repl_run.c compiles and runs it (awaiting it on the session
 * loop when it awaits), repl_complete.c completes names for the Tab key.
 *
 * Readline's callbacks (the line handler, the completer) take no context
 * pointer, so they reach the session through repl_current(), which is
 * set only while repl_run runs.
 */
#ifndef EDDY_REPL_INTERNAL_H
#define EDDY_REPL_INTERNAL_H

#include "vm/async.h"
#include "vm/buffer.h"
#include "vm/vm.h"

/* What to do with the entry typed so far. */
typedef enum {
  ENTRY_MORE,  /* incomplete: show the `... ` prompt */
  ENTRY_RUN,   /* complete: compile and run it */
  ENTRY_ERROR, /* a syntax error was printed; drop it */
  ENTRY_EMPTY, /* nothing but blank lines; drop it */
} EntryStatus;

typedef struct Repl {
  EddyVM *vm;          /* the interpreter */
  ObjModule *main;     /* __main__, whose dict holds the session's names */
  ObjLoop *loop;       /* the session loop: every entry runs in it */
  ByteBuf entry;       /* the lines of the entry being typed, each ending
                          in a newline */
  char *line;          /* the line readline handed over (malloc'd), or
                          NULL at end of input */
  bool got_line;       /* readline's line handler has run */
  bool editing;        /* readline shows a prompt and the line being
                          typed (between install and the line handler) */
  bool line_hidden;    /* output of a background task has cleared the
                          line being typed; it is drawn again after */
  char *hidden_text;   /* the text of the hidden line (malloc'd) */
  int hidden_point;    /* the cursor position in it */
  VMWriteFn write_out; /* the VM's own output hooks, which the session's */
  VMWriteFn write_err; /* hooks call after clearing the line */
  char *histfile;      /* the history file (malloc'd), or NULL: none */
} Repl;

/* The session being run. */
Repl *repl_current(void);

/* Decides what to do with the entry after [last_blank] (the line just
 * typed was blank), printing a syntax error if there is one. */
EntryStatus repl_classify(Repl *repl, bool last_blank);

/* True when [text] ([len] bytes) holds nothing but white space. */
bool repl_is_blank(const char *text, size_t len);

/* Compiles and runs the entry; false when SystemExit ended the session
 * (the exception stays on vm->task). */
bool repl_run_entry(Repl *repl);

/* Readline's completer (rl_attempted_completion_function). */
char **repl_complete(const char *text, int start, int end);

#endif
