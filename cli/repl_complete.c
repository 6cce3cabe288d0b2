/* repl_complete.c: Tab completion at the prompt.
 *
 * As CPython's rlcompleter: a word without a dot completes keywords
 * (with the space or colon that follows them), the session's globals
 * and builtins (a "(" after callables); a dotted word evaluates the part
 * before its last dot by looking names and attributes up (never calling
 * anything but dir() and callable()) and completes the attributes of
 * what it finds. Errors while looking are swallowed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <readline/readline.h>

#include "cli/repl_internal.h"
#include "vm/gc.h"
#include "vm/obj_dict.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/protocol.h"

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

/* [text] is the word before the cursor. An empty word inserts a tab, as
 * CPython's REPL does, so blocks can be indented. */
char **repl_complete(const char *text, int start, int end) {
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
    add_attributes(repl_current(), &m, text);
  } else {
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
      if (!strncmp(keywords[i], text, strlen(text)))
        add_match(&m, "", keywords[i], keyword_suffix(keywords[i]));
    add_names(repl_current()->vm, &m, repl_current()->main->dict, text);
    add_names(repl_current()->vm, &m, repl_current()->vm->builtins, text);
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

