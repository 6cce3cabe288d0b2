/* repl.c: the interactive prompt (see repl.h). */
#include "cli/repl.h"

#include <ctype.h>
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "compiler/compiler.h"
#include "include/eddy.h"
#include "lexer/diag.h"
#include "parser/parser.h"
#include "vm/buffer.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/interrupt.h"
#include "vm/obj_dict.h"
#include "vm/obj_str.h"
#include "vm/protocol.h"
#include "vm/vm_exec.h"

/* What reading one line gave. */
typedef enum {
  READ_LINE,      /* a line is in repl->line */
  READ_EOF,       /* Ctrl-D on an empty line, or end of input */
  READ_INTERRUPT, /* Ctrl-C: the line was dropped */
} ReadStatus;

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
  ByteBuf entry;       /* the lines of the entry being typed, each ending
                          in a newline */
  char *line;          /* the line readline handed over (malloc'd), or
                          NULL at end of input */
  bool got_line;       /* readline's line handler has run */
  char *histfile;      /* the history file (malloc'd), or NULL: none */
} Repl;

/* Readline's callbacks (the line handler, the completer) take no context
 * pointer, so the session they serve is reached through this static; it
 * is set only while repl_run runs. */
static Repl *active_repl;

/* ---- reading lines ------------------------------------------------------ */

/* Readline's line handler: keeps [line] and stops reading, so the prompt
 * is not shown again before the entry has run. */
static void on_line(char *line) {
  active_repl->line = line;
  active_repl->got_line = true;
  rl_callback_handler_remove();
}

/* Drops the line being edited after Ctrl-C. */
static ReadStatus drop_line(Repl *repl) {
  if (!vm_take_interrupt(repl->vm)) repl->vm->task->exception = UNDEF_VAL;
  rl_replace_line("", 0);
  rl_callback_sigcleanup();
  rl_callback_handler_remove();
  fputs("\nKeyboardInterrupt\n", stdout);
  fflush(stdout);
  return READ_INTERRUPT;
}

/* Waits until standard input or the interrupt pipe can be read; false
 * after an interrupt. */
static bool wait_for_input(Repl *repl) {
  struct pollfd fds[2] = {{.fd = STDIN_FILENO, .events = POLLIN},
                          {.fd = repl->vm->interrupt_fd, .events = POLLIN}};
  int nfds = repl->vm->interrupt_fd >= 0 ? 2 : 1;
  while (!vm_interrupt_pending(repl->vm)) {
    int n = poll(fds, nfds, -1);
    if (n > 0 && fds[0].revents) return true;
    if (n < 0 && errno != EINTR) return true; /* let readline see it */
  }
  return false;
}

/* Reads one line after showing [prompt]. */
static ReadStatus read_line(Repl *repl, const char *prompt) {
  fflush(stdout);
  repl->got_line = false;
  repl->line = NULL;
  rl_callback_handler_install(prompt, on_line);
  while (!repl->got_line) {
    if (!wait_for_input(repl)) return drop_line(repl);
    rl_callback_read_char();
  }
  return repl->line ? READ_LINE : READ_EOF;
}

/* ---- deciding whether an entry is complete ------------------------------ */

/* True when [text] ([len] bytes) holds nothing but white space. */
static bool is_blank(const char *text, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (!isspace((unsigned char)text[i])) return false;
  return true;
}

/* True when the entry opens with a compound statement (or a decorator):
 * CPython's REPL then reads on until a blank line. */
static bool opens_block(const ByteBuf *entry) {
  static const char *const heads[] = {"def",   "class", "if",   "for", "while",
                                      "try",   "with",  "async"};
  const char *p = entry->data;
  while (*p == ' ' || *p == '\t' || *p == '\n') p++;
  if (*p == '@') return true;
  size_t n = 0;
  while (isalnum((unsigned char)p[n]) || p[n] == '_') n++;
  for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++)
    if (strlen(heads[i]) == n && !strncmp(p, heads[i], n)) return true;
  return false;
}

/* The start of line [line] (1-based) of [text], or NULL. */
static const char *line_start(const char *text, int line) {
  for (int i = 1; i < line; i++) {
    text = strchr(text, '\n');
    if (!text) return NULL;
    text++;
  }
  return text;
}

/* True when [diag] points past the last character of the entry [text]:
 * more lines could still make the entry valid ("def f():" alone). */
static bool error_at_end(const SyntaxDiag *diag, const char *text) {
  const char *start = line_start(text, diag->line);
  if (!start) return true;
  const char *end = strchr(start, '\n');
  if (!end) end = start + strlen(start);
  if (!is_blank(end, strlen(end))) return false; /* later lines follow */
  while (end > start && isspace((unsigned char)end[-1])) end--;
  int chars = diag_char_col(start, (int)(end - start));
  return diag->col == 0 || diag->col > chars;
}

/* True when [diag] says a bracket or a triple-quoted string is still
 * open: the entry goes on whatever the line was. */
static bool still_open(const SyntaxDiag *diag) {
  const char *m = diag->message;
  size_t n = strlen(m);
  const char *tail = "was never closed";
  return (n > strlen(tail) && !strcmp(m + n - strlen(tail), tail)) ||
         !strncmp(m, "unterminated triple-quoted string", 33);
}

/* True when the last line of [entry] ends in a backslash. */
static bool ends_in_backslash(const ByteBuf *entry) {
  size_t n = entry->len;
  if (n > 0 && entry->data[n - 1] == '\n') n--;
  return n > 0 && entry->data[n - 1] == '\\';
}

/* True when [text] ([len] bytes) parses as a module. */
static bool parses(const char *text, size_t len) {
  Arena arena;
  arena_init(&arena);
  SyntaxDiag diag = {0};
  char *copy = strndup(text, len);
  bool ok = copy && parser_parse_module(&arena, copy, len, &diag);
  free(copy);
  arena_free(&arena);
  return ok;
}

/* True when the last line of the block [entry] starts a new statement at
 * column 0 after a complete compound statement: CPython's REPL takes that
 * as a syntax error, since only a blank line ends the block. A line that
 * goes on the statement (elif, else, except, finally) is fine. */
static bool dedented_statement(const ByteBuf *entry, int *line) {
  size_t end = entry->len - 1; /* the last line's newline */
  size_t start = end;
  while (start > 0 && entry->data[start - 1] != '\n') start--;
  if (start == 0 || isspace((unsigned char)entry->data[start])) return false;
  static const char *const goes_on[] = {"elif", "else", "except", "finally"};
  const char *p = entry->data + start;
  size_t n = 0;
  while (isalnum((unsigned char)p[n]) || p[n] == '_') n++;
  for (size_t i = 0; i < sizeof goes_on / sizeof goes_on[0]; i++)
    if (strlen(goes_on[i]) == n && !strncmp(p, goes_on[i], n)) return false;
  *line = 1;
  for (size_t i = 0; i < start; i++) *line += entry->data[i] == '\n';
  return parses(entry->data, start);
}

/* Decides what to do with the entry after [last_blank] (the line just
 * typed was blank), printing a syntax error if there is one. */
static EntryStatus classify(Repl *repl, bool last_blank) {
  ByteBuf *entry = &repl->entry;
  if (is_blank(entry->data, entry->len)) return ENTRY_EMPTY;
  if (ends_in_backslash(entry)) return ENTRY_MORE;
  bool block = opens_block(entry) && !last_blank;
  int line;
  if (block && dedented_statement(entry, &line)) {
    SyntaxDiag diag = {0};
    diag_set(&diag, DIAG_SYNTAX_ERROR, line, 1, line, 2, "invalid syntax");
    diag_print(&diag, "<stdin>", entry->data, stderr);
    return ENTRY_ERROR;
  }
  Arena arena;
  arena_init(&arena);
  SyntaxDiag diag = {0};
  Node *module = parser_parse_module(&arena, entry->data, entry->len, &diag);
  arena_free(&arena);
  if (module) return block ? ENTRY_MORE : ENTRY_RUN;
  if (still_open(&diag) || (block && error_at_end(&diag, entry->data)))
    return ENTRY_MORE;
  diag_print(&diag, "<stdin>", entry->data, stderr);
  return ENTRY_ERROR;
}

/* ---- running an entry --------------------------------------------------- */

/* Compiles and runs the entry; false when SystemExit ended the session
 * (the exception stays on vm->task). */
static bool run_entry(Repl *repl) {
  EddyVM *vm = repl->vm;
  SyntaxDiag diag = {0};
  ObjCode *code = NULL;
  bool ok = compile_source(vm, repl->entry.data, repl->entry.len, "<stdin>",
                           COMPILE_INTERACTIVE, &code, &diag);
  if (!ok && diag.set) {
    diag_print(&diag, "<stdin>", repl->entry.data, stderr);
    return true;
  }
  if (ok) {
    Value result;
    gc_push_root(vm, OBJ_VAL(code));
    ok = vm_exec_code(vm, code, repl->main->dict, NULL, &result);
    gc_pop_roots(vm, 1);
  }
  fflush(stdout);
  if (ok) return true;
  Value exc = vm->task->exception;
  if (IS_EXCEPTION(exc) &&
      class_is_subclass(AS_OBJ(exc)->cls, vm->exc.SystemExit))
    return false;
  vm->task->exception = UNDEF_VAL;
  exception_print(vm, exc);
  return true;
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

/* ---- completion --------------------------------------------------------- */

/* Candidate completions being gathered. */
typedef struct Matches {
  char **items; /* malloc'd strings; items[0] is kept for the common
                   prefix readline wants first */
  size_t count; /* slots used, items[0] included */
  size_t cap;   /* slots allocated */
} Matches;

static const char *const keywords[] = {
    "False",  "None",     "True",  "and",    "as",     "assert", "async",
    "await",  "break",    "class", "continue", "def",  "del",    "elif",
    "else",   "except",   "finally", "for",  "from",   "global", "if",
    "import", "in",       "is",    "lambda", "nonlocal", "not",  "or",
    "pass",   "raise",    "return", "try",   "while",  "with",   "yield"};

/* Adds [prefix][name][suffix] to [m]. */
static void add_match(Matches *m, const char *prefix, const char *name,
                      const char *suffix) {
  if (m->count + 2 > m->cap) {
    size_t cap = m->cap ? m->cap * 2 : 16;
    char **items = realloc(m->items, cap * sizeof *items);
    if (!items) return;
    m->items = items;
    m->cap = cap;
  }
  size_t n = strlen(prefix) + strlen(name) + strlen(suffix) + 1;
  char *s = malloc(n);
  if (!s) return;
  snprintf(s, n, "%s%s%s", prefix, name, suffix);
  m->items[m->count++] = s;
}

/* What rlcompleter appends to keyword [word]. */
static const char *keyword_suffix(const char *word) {
  if (!strcmp(word, "finally") || !strcmp(word, "try")) return ":";
  static const char *const bare[] = {"False", "None",     "True", "break",
                                     "continue", "pass", "else"};
  for (size_t i = 0; i < sizeof bare / sizeof bare[0]; i++)
    if (!strcmp(word, bare[i])) return "";
  return " ";
}

/* True when [v] can be called; exceptions are swallowed. */
static bool callable(EddyVM *vm, Value v) {
  ObjStr *name = str_intern_cstr(vm, "callable");
  Value fn = name ? dict_get_str(vm->builtins, name) : UNDEF_VAL;
  Value result = BOOL_VAL(false);
  if (IS_UNDEF(fn) || !vm_call(vm, fn, &v, 1, NULL, &result)) {
    vm->task->exception = UNDEF_VAL;
    return false;
  }
  return IS_BOOL(result) && AS_BOOL(result);
}

/* Adds the keys of [dict] that start with [text]. */
static void add_names(EddyVM *vm, Matches *m, ObjDict *dict,
                      const char *text) {
  size_t pos = 0, len = strlen(text);
  Value key, value;
  while (dict_next(dict, &pos, &key, &value)) {
    if (!IS_STR(key) || strncmp(AS_STR(key)->chars, text, len)) continue;
    add_match(m, "", AS_STR(key)->chars, callable(vm, value) ? "(" : "");
  }
}

/* The value a dotted name [path] ([len] bytes) names in the session, or
 * UNDEF; exceptions are swallowed. */
static Value resolve(Repl *repl, const char *path, size_t len) {
  EddyVM *vm = repl->vm;
  Value v = UNDEF_VAL;
  for (size_t i = 0; i < len;) {
    size_t j = i;
    while (j < len && path[j] != '.') j++;
    ObjStr *name = str_new(vm, path + i, j - i);
    if (!name) break;
    if (i == 0) {
      v = dict_get_str(repl->main->dict, name);
      if (IS_UNDEF(v)) v = dict_get_str(vm->builtins, name);
    } else {
      gc_push_root(vm, v);
      gc_push_root(vm, OBJ_VAL(name));
      if (!value_getattr(vm, v, name, &v)) v = UNDEF_VAL;
      gc_pop_roots(vm, 2);
    }
    if (IS_UNDEF(v)) break;
    i = j + 1;
  }
  vm->task->exception = UNDEF_VAL;
  return v;
}

/* Adds "base.attr" for each attribute of the object [text] names before
 * its last dot whose name starts with what follows the dot. Names with a
 * leading underscore are offered only once one is typed. */
static void add_attributes(Repl *repl, Matches *m, const char *text) {
  EddyVM *vm = repl->vm;
  const char *dot = strrchr(text, '.');
  Value obj = resolve(repl, text, (size_t)(dot - text));
  if (IS_UNDEF(obj)) return;
  gc_push_root(vm, obj);
  ObjStr *dir_name = str_intern_cstr(vm, "dir");
  Value dir = dir_name ? dict_get_str(vm->builtins, dir_name) : UNDEF_VAL;
  Value names = NONE_VAL;
  if (IS_UNDEF(dir) || !vm_call(vm, dir, &obj, 1, NULL, &names))
    vm->task->exception = UNDEF_VAL;
  gc_push_root(vm, names);
  if (!IS_LIST(names)) {
    gc_pop_roots(vm, 2);
    return;
  }
  char *base = strndup(text, (size_t)(dot - text) + 1);
  const char *attr = dot + 1;
  for (size_t i = 0; base && i < AS_LIST(names)->length; i++) {
    Value name = AS_LIST(names)->items[i];
    if (!IS_STR(name) || strncmp(AS_STR(name)->chars, attr, strlen(attr)))
      continue;
    if (AS_STR(name)->chars[0] == '_' && attr[0] != '_') continue;
    Value value;
    bool call = value_getattr(vm, obj, AS_STR(name), &value) &&
                callable(vm, value);
    vm->task->exception = UNDEF_VAL;
    add_match(m, base, AS_STR(name)->chars, call ? "(" : "");
  }
  free(base);
  gc_pop_roots(vm, 2);
}

/* Fills items[0] with the longest prefix common to all the matches. */
static void set_common_prefix(Matches *m) {
  size_t n = strlen(m->items[1]);
  for (size_t i = 2; i < m->count; i++) {
    size_t k = 0;
    while (k < n && m->items[i][k] == m->items[1][k]) k++;
    n = k;
  }
  m->items[0] = strndup(m->items[1], n);
}

/* Readline's completer: [text] is the word before the cursor. An empty
 * word inserts a tab, as CPython's REPL does, so blocks can be indented. */
static char **complete(const char *text, int start, int end) {
  (void)start;
  (void)end;
  rl_attempted_completion_over = 1;
  rl_completion_suppress_append = 1;
  if (!text[0]) {
    rl_insert_text("\t");
    return NULL;
  }
  Matches m = {0};
  add_match(&m, "", "", ""); /* the slot of the common prefix */
  if (strchr(text, '.')) {
    add_attributes(active_repl, &m, text);
  } else {
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
      if (!strncmp(keywords[i], text, strlen(text)))
        add_match(&m, "", keywords[i], keyword_suffix(keywords[i]));
    add_names(active_repl->vm, &m, active_repl->main->dict, text);
    add_names(active_repl->vm, &m, active_repl->vm->builtins, text);
  }
  if (m.count <= 1) {
    for (size_t i = 0; i < m.count; i++) free(m.items[i]);
    free(m.items);
    return NULL;
  }
  free(m.items[0]);
  set_common_prefix(&m);
  m.items[m.count] = NULL;
  return m.items;
}

/* ---- the session -------------------------------------------------------- */

static void set_up_readline(void) {
  rl_readline_name = "eddy";
  rl_catch_signals = 0;
  rl_catch_sigwinch = 1;
  rl_attempted_completion_function = complete;
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
    if (status == READ_INTERRUPT) {
      repl->entry.len = 0;
      continue;
    }
    bool blank = is_blank(repl->line, strlen(repl->line));
    bool ok = buf_puts(&repl->entry, repl->line) && buf_putc(&repl->entry, '\n');
    free(repl->line);
    repl->line = NULL;
    if (!ok) return 1;
    EntryStatus entry = classify(repl, blank);
    if (entry == ENTRY_MORE) continue;
    if (entry != ENTRY_EMPTY) history_remember(&repl->entry);
    bool go_on = entry != ENTRY_RUN || run_entry(repl);
    repl->entry.len = 0;
    if (!go_on) return REPL_SYSTEM_EXIT;
  }
}

int repl_run(EddyVM *vm, ObjModule *main_module) {
  Repl repl = {.vm = vm, .main = main_module};
  buf_init(&repl.entry);
  active_repl = &repl;
  printf("Eddy %s (a subset of Python 3.11)\nType exit() or press Ctrl-D to leave.\n",
         EDDY_VERSION);
  set_up_readline();
  history_load(&repl);
  int status = session(&repl);
  fflush(stdout);
  history_save(&repl);
  buf_free(&repl.entry);
  active_repl = NULL;
  return status;
}
