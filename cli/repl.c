/* repl.c: the interactive session (see repl.h and repl_internal.h).
 *
 * While the user types, the REPL waits with poll() on standard input, on
 * the interrupt pipe and on the session loop's descriptor (loop_fd);
 * whenever the loop has work it runs one step of it, so tasks started at
 * an earlier prompt go on running. What they print would land in the
 * middle of the line being edited, so while a prompt is shown the VM's
 * output hooks first clear the line (readline's saved prompt and an
 * empty line, redisplayed) and the line comes back, as it was typed,
 * once the step is over.
 */
#include "cli/repl.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "cli/repl_internal.h"
#include "include/eddy.h"
#include "lexer/diag.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/interrupt.h"
#include "vm/obj_class.h"
#include "vm/vm_exec.h"

/* What reading one line gave. */
typedef enum {
  READ_LINE,      /* a line is in repl->line */
  READ_EOF,       /* Ctrl-D on an empty line, or end of input */
  READ_INTERRUPT, /* Ctrl-C: the line was dropped */
  READ_EXIT,      /* a background task raised SystemExit (on vm->task) */
} ReadStatus;

/* The session readline's callbacks serve; set only inside repl_run. */
static Repl *active_repl;

Repl *repl_current(void) { return active_repl; }

/* ---- output of background tasks --------------------------------------- */

/* Clears the prompt and the line being typed before output appears. */
static void hide_line(Repl *repl) {
  if (!repl->editing || repl->line_hidden) return;
  repl->hidden_text = rl_copy_text(0, rl_end);
  repl->hidden_point = rl_point;
  rl_save_prompt();
  rl_replace_line("", 0);
  rl_redisplay();
  repl->line_hidden = true;
}

/* Draws the prompt and the line again, as they were. */
static void show_line(Repl *repl) {
  if (!repl->line_hidden) return;
  fflush(stdout);
  fflush(stderr);
  rl_restore_prompt();
  rl_replace_line(repl->hidden_text ? repl->hidden_text : "", 0);
  rl_point = repl->hidden_point;
  free(repl->hidden_text);
  repl->hidden_text = NULL;
  repl->line_hidden = false;
  rl_forced_update_display();
}

static void session_write_out(EddyVM *vm, const char *text, size_t len) {
  hide_line(active_repl);
  active_repl->write_out(vm, text, len);
}

static void session_write_err(EddyVM *vm, const char *text, size_t len) {
  hide_line(active_repl);
  active_repl->write_err(vm, text, len);
}

/* ---- reading lines ------------------------------------------------------ */

/* Readline's line handler: keeps [line] and stops reading, so the prompt
 * is not shown again before the entry has run. */
static void on_line(char *line) {
  active_repl->line = line;
  active_repl->got_line = true;
  active_repl->editing = false;
  rl_callback_handler_remove();
}

/* Stops editing: readline gives the terminal back. */
static void stop_editing(Repl *repl) {
  rl_replace_line("", 0);
  rl_callback_sigcleanup();
  rl_callback_handler_remove();
  repl->editing = false;
}

/* Drops the line being edited after Ctrl-C. */
static ReadStatus drop_line(Repl *repl) {
  if (vm_interrupt_pending(repl->vm) && !vm_take_interrupt(repl->vm))
    repl->vm->task->exception = UNDEF_VAL;
  stop_editing(repl);
  fputs("\nKeyboardInterrupt\n", stdout);
  fflush(stdout);
  return READ_INTERRUPT;
}

/* Runs one step of the session loop while the user types; an exception
 * it lets out is printed, except KeyboardInterrupt (READ_INTERRUPT) and
 * SystemExit (READ_EXIT). READ_LINE when reading goes on. */
static ReadStatus step_loop(Repl *repl) {
  EddyVM *vm = repl->vm;
  bool ok = loop_step(vm, repl->loop, 0);
  show_line(repl);
  if (ok) return READ_LINE;
  Value exc = vm->task->exception;
  if (IS_EXCEPTION(exc) &&
      class_is_subclass(AS_OBJ(exc)->cls, vm->exc.KeyboardInterrupt)) {
    vm->task->exception = UNDEF_VAL;
    return drop_line(repl);
  }
  if (IS_EXCEPTION(exc) &&
      class_is_subclass(AS_OBJ(exc)->cls, vm->exc.SystemExit)) {
    stop_editing(repl);
    return READ_EXIT;
  }
  vm->task->exception = UNDEF_VAL;
  hide_line(repl);
  exception_print(vm, exc);
  show_line(repl);
  return READ_LINE;
}

/* Waits until standard input can be read, running the session loop
 * meanwhile. READ_LINE when input is there. */
static ReadStatus wait_for_input(Repl *repl) {
  EddyVM *vm = repl->vm;
  struct pollfd fds[3] = {{.fd = STDIN_FILENO, .events = POLLIN},
                          {.fd = vm->interrupt_fd, .events = POLLIN},
                          {.fd = -1, .events = POLLIN}};
  while (!vm_interrupt_pending(vm)) {
    fds[2].fd = loop_fd(repl->loop);
    int n = poll(fds, 3, -1);
    if (n > 0 && fds[0].revents) return READ_LINE;
    if (n < 0 && errno != EINTR) return READ_LINE; /* let readline see it */
    if (n > 0 && fds[2].revents) {
      ReadStatus status = step_loop(repl);
      if (status != READ_LINE) return status;
    }
  }
  return drop_line(repl);
}

/* Reads one line after showing [prompt]. */
static ReadStatus read_line(Repl *repl, const char *prompt) {
  fflush(stdout);
  repl->got_line = false;
  repl->line = NULL;
  repl->editing = true;
  rl_callback_handler_install(prompt, on_line);
  while (!repl->got_line) {
    ReadStatus status = wait_for_input(repl);
    if (status != READ_LINE) return status;
    rl_callback_read_char();
  }
  return repl->line ? READ_LINE : READ_EOF;
}

/* ---- history ------------------------------------------------------------ */

/* The history file: EDDY_HISTFILE when set (empty: none), else
 * ~/.eddy_history (malloc'd, or NULL). */
static char *history_path(void) {
  const char *env = getenv("EDDY_HISTFILE");
  if (env) return env[0] ? strdup(env) : NULL;
  const char *home = getenv("HOME");
  if (!home || !home[0]) return NULL;
  size_t n = strlen(home) + sizeof "/.eddy_history";
  char *path = malloc(n);
  if (path) snprintf(path, n, "%s/.eddy_history", home);
  return path;
}

/* Loads the history. Entries are written with timestamps (lines "#123..."
 * before each entry) so that an entry of several lines reads back as
 * one; readline writes them only when history_comment_char is set. */
static void history_load(Repl *repl) {
  using_history();
  history_comment_char = '#';
  history_write_timestamps = 1;
  history_multiline_entries = 1;
  repl->histfile = history_path();
  if (repl->histfile) read_history(repl->histfile);
}

/* Adds the entry (without its final newlines) to the history. */
static void history_remember(const ByteBuf *entry) {
  size_t n = entry->len;
  while (n > 0 && entry->data[n - 1] == '\n') n--;
  char *text = strndup(entry->data, n);
  if (text) add_history(text);
  free(text);
}

static void history_save(Repl *repl) {
  if (repl->histfile) write_history(repl->histfile);
  free(repl->histfile);
  repl->histfile = NULL;
}

/* ---- the session -------------------------------------------------------- */

static void set_up_readline(void) {
  rl_readline_name = "eddy";
  rl_catch_signals = 0;
  rl_catch_sigwinch = 1;
  rl_attempted_completion_function = repl_complete;
  rl_completer_word_break_characters =
      " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";
}

/* Reads and runs entries until end of input or SystemExit. */
static int session(Repl *repl) {
  for (;;) {
    const char *prompt = repl->entry.len ? "... " : ">>> ";
    ReadStatus status = read_line(repl, prompt);
    if (status == READ_EOF) {
      fputs("\n", stdout);
      return 0;
    }
    if (status == READ_EXIT) return REPL_SYSTEM_EXIT;
    if (status == READ_INTERRUPT) {
      repl->entry.len = 0;
      continue;
    }
    bool blank = repl_is_blank(repl->line, strlen(repl->line));
    bool ok = buf_puts(&repl->entry, repl->line) && buf_putc(&repl->entry, '\n');
    free(repl->line);
    repl->line = NULL;
    if (!ok) return 1;
    EntryStatus entry = repl_classify(repl, blank);
    if (entry == ENTRY_MORE) continue;
    if (entry != ENTRY_EMPTY) history_remember(&repl->entry);
    bool go_on = entry != ENTRY_RUN || repl_run_entry(repl);
    repl->entry.len = 0;
    if (!go_on) return REPL_SYSTEM_EXIT;
  }
}

/* Makes the session loop and imports asyncio into the session, as
 * CPython's asyncio REPL does; false with the exception on vm->task. */
static bool prepare(Repl *repl) {
  EddyVM *vm = repl->vm;
  repl->loop = loop_session(vm);
  if (!repl->loop) return false;
  static const char setup[] = "import asyncio\n";
  SyntaxDiag diag = {0};
  return vm_exec_source(vm, setup, sizeof setup - 1, "<stdin>", repl->main,
                        &diag) == 0;
}

int repl_run(EddyVM *vm, ObjModule *main_module) {
  Repl repl = {.vm = vm, .main = main_module};
  buf_init(&repl.entry);
  if (!prepare(&repl)) return REPL_SYSTEM_EXIT;
  active_repl = &repl;
  repl.write_out = vm->write_out;
  repl.write_err = vm->write_err;
  vm->write_out = session_write_out;
  vm->write_err = session_write_err;
  printf("Eddy %s (a subset of Python 3.11) with a running event loop\n"
         "Use \"await\" directly. Type help() or exit(), or press Ctrl-D "
         "to leave.\n",
         EDDY_VERSION);
  set_up_readline();
  history_load(&repl);
  int status = session(&repl);
  fflush(stdout);
  history_save(&repl);
  vm->write_out = repl.write_out;
  vm->write_err = repl.write_err;
  buf_free(&repl.entry);
  active_repl = NULL;
  return status;
}
