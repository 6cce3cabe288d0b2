/* exception_print.c: an uncaught exception written as CPython 3.11's
 * PyErr_Display writes it.
 *
 * An exception prints after the chain that led to it (its __cause__, or
 * else its __context__ unless suppressed), each link followed by "The
 * above exception was the direct cause of the following exception:" or
 * "During handling of the above exception, another exception occurred:".
 * Then its traceback, outermost frame first (entries are stored innermost
 * first), the line "Name: message", and its __notes__, one per line.
 *
 * An exception group prints as a framed tree. The printer keeps CPython's
 * state: [depth], the nesting of groups, decides each line's prefix (two
 * spaces per level, then "| " inside a group), and [need_close] whether
 * the last member of a group still owes the closing
 * "+------------------------------------" line (a nested group printed
 * last closes itself). Members print as "+---------------- 2 ---...",
 * at most 15 per group ("and N more exceptions") and 10 levels deep
 * ("... (max_group_depth is 10)"). Like CPython, only the lines the
 * printer writes itself carry the prefix: a message with a newline in it
 * continues unprefixed, and so do a SyntaxError's source and carets.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/exception.h"
#include "vm/exception_group.h"
#include "vm/gc.h"
#include "vm/obj_dict.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/protocol.h"

/* Chained exceptions followed inside one another before giving up. */
#define MAX_CHAIN 64
/* Identical consecutive traceback entries printed before collapsing. */
#define TB_RECURSIVE_CUTOFF 3
/* Members of one group printed. */
#define MAX_GROUP_WIDTH 15
/* Nesting of groups printed. */
#define MAX_GROUP_DEPTH 10
/* The first line of a traceback (a group's is prefixed "Exception Group"). */
#define TRACEBACK_HEADER "Traceback (most recent call last):\n"

typedef struct Printer {
  EddyVM *vm;      /* the VM whose exception is printed */
  ByteBuf *out;    /* the text */
  Obj **seen;      /* the exceptions printed so far (malloc'd) */
  size_t nseen;    /* entries in use */
  size_t cap;      /* entries allocated */
  int depth;       /* nesting of exception groups */
  int nesting;     /* chained exceptions being printed */
  bool need_close; /* the group's last member still owes its closer */
} Printer;

/* ---- prefixes --------------------------------------------------------- */

/* Two spaces per level of group nesting. */
static bool indent(Printer *p) {
  for (int i = 0; i < 2 * p->depth; i++)
    if (!buf_putc(p->out, ' ')) return false;
  return true;
}

/* The prefix of a line inside a group: the indent and "| ". */
static bool margin(Printer *p) {
  return indent(p) && (p->depth == 0 || buf_puts(p->out, "| "));
}

/* ---- tracebacks ------------------------------------------------------- */

/* Appends line [line] of the file [path], stripped, after the margin and
 * four spaces; nothing when the file or line cannot be read. */
static bool source_line(Printer *p, const char *path, int line) {
  FILE *fp = fopen(path, "r");
  if (!fp) return true;
  char *text = NULL;
  size_t cap = 0;
  ssize_t len = 0;
  for (int i = 0; i < line && len >= 0; i++) len = getline(&text, &cap, fp);
  fclose(fp);
  bool ok = true;
  if (len > 0) {
    char *start = text;
    while (*start == ' ' || *start == '\t' || *start == '\f') start++;
    char *end = text + len;
    while (end > start && (end[-1] == '\n' || end[-1] == '\r' ||
                           end[-1] == ' ' || end[-1] == '\t'))
      end--;
    if (end > start)
      ok = margin(p) && buf_puts(p->out, "    ") &&
           buf_append(p->out, start, (size_t)(end - start)) &&
           buf_putc(p->out, '\n');
  }
  free(text);
  return ok;
}

/* Appends the `  File "x", line 3, in f` line and its source. */
static bool entry(Printer *p, ObjTraceback *tb) {
  return margin(p) &&
         buf_printf(p->out, "  File \"%s\", line %d, in %s\n",
                    tb->filename ? tb->filename->chars : "<unknown>", tb->line,
                    tb->funcname ? tb->funcname->chars : "?") &&
         (!tb->filename || source_line(p, tb->filename->chars, tb->line));
}

/* True when two entries show the same place. */
static bool same_place(ObjTraceback *a, ObjTraceback *b) {
  return a->line == b->line && a->filename == b->filename &&
         a->funcname == b->funcname;
}

/* Appends "[Previous line repeated N more times]" for [count] > cutoff. */
static bool repeats(Printer *p, int count) {
  if (count <= TB_RECURSIVE_CUTOFF) return true;
  count -= TB_RECURSIVE_CUTOFF;
  return margin(p) &&
         buf_printf(p->out, "  [Previous line repeated %d more time%s]\n",
                    count, count == 1 ? "" : "s");
}

/* Appends the header line of a traceback: a group's at the top level
 * hangs from "+ " instead of "| ". */
static bool header(Printer *p, bool group) {
  if (!group) return margin(p) && buf_puts(p->out, TRACEBACK_HEADER);
  return indent(p) && buf_puts(p->out, p->depth == 1 ? "+ " : "| ") &&
         buf_puts(p->out, "Exception Group " TRACEBACK_HEADER);
}

/* Appends the traceback block of [list] (stored innermost first: printed
 * from the end), collapsing runs of identical entries as CPython does
 * for deep recursion. */
static bool traceback(Printer *p, ObjList *list, bool group) {
  if (!header(p, group)) return false;
  ObjTraceback *last = NULL;
  int count = 0;
  for (size_t i = list->length; i-- > 0;) {
    if (!IS_OBJ_TYPE(list->items[i], OBJ_TRACEBACK)) continue;
    ObjTraceback *tb = (ObjTraceback *)AS_OBJ(list->items[i]);
    if (last && same_place(last, tb)) {
      count++;
    } else {
      if (!repeats(p, count)) return false;
      last = tb;
      count = 1;
    }
    if (count <= TB_RECURSIVE_CUTOFF && !entry(p, tb)) return false;
  }
  return repeats(p, count);
}

/* ---- the message line -----------------------------------------------------
 */

/* Appends ": " and str([v]) (nothing for an empty str), or CPython's
 * placeholder [failed] when str() fails. */
static bool append_str(Printer *p, Value v, const char *failed) {
  EddyVM *vm = p->vm;
  ByteBuf text;
  buf_init(&text);
  Value saved = vm->task ? vm->task->exception : UNDEF_VAL;
  bool ok;
  if (value_str(vm, v, &text))
    ok = text.len == 0 ||
         (buf_puts(p->out, ": ") && buf_append(p->out, text.data, text.len));
  else
    ok = buf_puts(p->out, failed);
  if (vm->task) vm->task->exception = saved;
  buf_free(&text);
  return ok;
}

/* The location field [i] of the SyntaxError [exc], or None. */
static Value syntax_field(ObjException *exc, size_t i) {
  ObjTuple *args = exc->args;
  if (args->length != 2 || !IS_TUPLE(args->items[1])) return NONE_VAL;
  ObjTuple *loc = AS_TUPLE(args->items[1]);
  return i < loc->length ? loc->items[i] : NONE_VAL;
}

/* The int field [i] of a SyntaxError's location, or [otherwise]. */
static int64_t syntax_int(ObjException *exc, size_t i, int64_t otherwise) {
  Value v = syntax_field(exc, i);
  return IS_INT(v) ? AS_INT(v) : otherwise;
}

/* True when [exc] prints as a SyntaxError with a location. */
static bool shows_location(EddyVM *vm, ObjException *exc) {
  return class_is_subclass(exc->obj.cls, vm->exc.SyntaxError) &&
         exc->args->length == 2 && IS_TUPLE(exc->args->items[1]);
}

/* Appends a SyntaxError's source line and the carets under the error,
 * as CPython's print_error_text: leading whitespace stripped, carets
 * from [offset] to [end] (1-based columns), at least one. */
static bool error_text(ByteBuf *out, const char *text, int64_t offset,
                       int64_t end) {
  int64_t carets = end > 0 && end > offset ? end - offset : 1;
  offset--;
  while (*text == ' ' || *text == '\t' || *text == '\f') {
    text++;
    offset--;
  }
  int64_t len = (int64_t)strlen(text);
  if (len > 0 && text[len - 1] == '\n') len--;
  if (offset > len) offset = len;
  if (!buf_puts(out, "    ") || !buf_append(out, text, (size_t)len) ||
      !buf_putc(out, '\n'))
    return false;
  if (offset < 0) return true;
  if (!buf_puts(out, "    ")) return false;
  for (int64_t i = 0; i < offset; i++)
    if (!buf_putc(out, ' ')) return false;
  for (int64_t i = 0; i < carets; i++)
    if (!buf_putc(out, '^')) return false;
  return buf_putc(out, '\n');
}

/* Appends the `  File "x.py", line 3` line of a SyntaxError, its source
 * text and carets. */
static bool syntax_location(Printer *p, ObjException *exc) {
  Value file = syntax_field(exc, 0);
  Value text = syntax_field(exc, 3);
  int64_t line = syntax_int(exc, 1, 0);
  if (!margin(p) ||
      !buf_printf(p->out, "  File \"%s\", line %" PRId64 "\n",
                  IS_STR(file) ? AS_STR(file)->chars : "<string>", line))
    return false;
  if (!IS_STR(text)) return true;
  int64_t offset = syntax_int(exc, 2, 0);
  int64_t end = syntax_int(exc, 5, -1);
  int64_t size = (int64_t)AS_STR(text)->length;
  if (syntax_int(exc, 4, line) > line) end = size;
  if (end > size + 1) end = size + 1;
  return error_text(p->out, AS_STR(text)->chars, offset, end);
}

/* Appends ": msg" of a SyntaxError shown with its location. */
static bool syntax_message(Printer *p, ObjException *exc) {
  Value msg = exc->args->items[0];
  if (!IS_STR(msg))
    return append_str(p, OBJ_VAL(exc), ": <exception str() failed>");
  if (AS_STR(msg)->length == 0) return true;
  return buf_puts(p->out, ": ") &&
         buf_append(p->out, AS_STR(msg)->chars, AS_STR(msg)->length);
}

/* Appends "Name: message" (after the location of a SyntaxError). */
static bool message(Printer *p, ObjException *exc) {
  EddyVM *vm = p->vm;
  bool syntax = shows_location(vm, exc);
  if (syntax && !syntax_location(p, exc)) return false;
  Value saved = vm->task ? vm->task->exception : UNDEF_VAL;
  bool ok = margin(p) && exception_class_name(vm, exc->obj.cls, p->out);
  if (vm->task) vm->task->exception = saved;
  ok = ok &&
       (syntax ? syntax_message(p, exc)
               : append_str(p, OBJ_VAL(exc), ": <exception str() failed>"));
  return ok && buf_putc(p->out, '\n');
}

/* ---- notes ----------------------------------------------------------------
 */

/* The length of the line break at [s] (before [end]), 0 when there is
 * none: the breaks str.splitlines knows. */
static size_t line_break(const char *s, const char *end) {
  unsigned char c = (unsigned char)s[0];
  if (c == '\r') return s + 1 < end && s[1] == '\n' ? 2 : 1;
  if (c == '\n' || c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1e)) return 1;
  if (c == 0xc2 && s + 1 < end && (unsigned char)s[1] == 0x85) return 2;
  if (c == 0xe2 && s + 2 < end && (unsigned char)s[1] == 0x80 &&
      ((unsigned char)s[2] == 0xa8 || (unsigned char)s[2] == 0xa9))
    return 3;
  return 0;
}

/* Appends the lines of [text], each after the margin and with its own
 * line break. */
static bool note_lines(Printer *p, const char *text, size_t len) {
  const char *s = text, *end = text + len;
  while (s < end) {
    const char *line = s;
    size_t brk = 0;
    while (s < end && !(brk = line_break(s, end))) s++;
    s += brk;
    if (!margin(p) || !buf_append(p->out, line, (size_t)(s - line)))
      return false;
  }
  return true;
}

/* Appends one note: its lines, then a newline. */
static bool note(Printer *p, Value v) {
  EddyVM *vm = p->vm;
  ByteBuf text;
  buf_init(&text);
  Value saved = vm->task ? vm->task->exception : UNDEF_VAL;
  bool ok;
  if (value_str(vm, v, &text))
    ok = note_lines(p, text.data, text.len);
  else
    ok = buf_puts(p->out, "<note str() failed>");
  if (vm->task) vm->task->exception = saved;
  buf_free(&text);
  return ok && buf_putc(p->out, '\n');
}

/* Appends the notes of a sequence [notes], one by one. */
static bool note_items(Printer *p, Value notes) {
  EddyVM *vm = p->vm;
  Value saved = vm->task ? vm->task->exception : UNDEF_VAL;
  int64_t n = 0;
  bool ok = true;
  if (!value_len(vm, notes, &n)) n = 0;
  for (int64_t i = 0; ok && i < n; i++) {
    Value item;
    if (IS_LIST(notes) && (size_t)i < AS_LIST(notes)->length) {
      item = AS_LIST(notes)->items[i];
    } else if (!value_getitem(vm, notes, INT_VAL(i), &item)) {
      break;
    }
    gc_push_root(vm, item);
    ok = note(p, item);
    gc_pop_roots(vm, 1);
  }
  if (vm->task) vm->task->exception = saved;
  return ok;
}

/* Appends the __notes__ of [exc]: each note's lines, or the repr of
 * __notes__ when it is not a sequence (with no newline, as CPython). */
static bool notes(Printer *p, ObjException *exc) {
  EddyVM *vm = p->vm;
  Value v = exc->dict ? dict_get_str(exc->dict, vm->str.notes) : UNDEF_VAL;
  if (IS_UNDEF(v)) return true;
  gc_push_root(vm, v);
  bool ok;
  if (exception_group_sequence(vm, v)) {
    ok = note_items(p, v);
  } else {
    ByteBuf text;
    buf_init(&text);
    Value saved = vm->task ? vm->task->exception : UNDEF_VAL;
    bool shown = value_repr(vm, v, &text);
    if (vm->task) vm->task->exception = saved;
    ok = margin(p) && (shown ? buf_append(p->out, text.data, text.len)
                             : buf_puts(p->out, "<__notes__ repr() failed>"));
    buf_free(&text);
  }
  gc_pop_roots(vm, 1);
  return ok;
}

/* ---- exceptions, chains and groups ----------------------------------------
 */

/* Appends one exception: its traceback, "Name: message" and its notes. */
static bool print_one(Printer *p, Value v) {
  ObjException *exc = AS_EXCEPTION(v);
  if (IS_LIST(exc->traceback) && AS_LIST(exc->traceback)->length > 0 &&
      !traceback(p, AS_LIST(exc->traceback), exception_is_group(v)))
    return false;
  return message(p, exc) && notes(p, exc);
}

/* Records [exc] as printed. */
static bool remember(Printer *p, Value exc) {
  if (p->nseen == p->cap) {
    size_t cap = p->cap ? 2 * p->cap : 16;
    Obj **seen = realloc(p->seen, cap * sizeof(Obj *));
    if (!seen) return false;
    p->seen = seen;
    p->cap = cap;
  }
  p->seen[p->nseen++] = AS_OBJ(exc);
  return true;
}

/* True when [v] was printed already. */
static bool seen_before(Printer *p, Value v) {
  for (size_t i = 0; i < p->nseen; i++)
    if (p->seen[i] == AS_OBJ(v)) return true;
  return false;
}

static bool print_recursive(Printer *p, Value exc);

/* Appends the cause or context of [exc] and the line that links it to
 * [exc], unless it was printed already. */
static bool print_chain(Printer *p, Value exc) {
  ObjException *e = AS_EXCEPTION(exc);
  Value prior;
  const char *link;
  if (!IS_NONE(e->cause)) {
    prior = e->cause;
    link = "The above exception was the direct cause of the following "
           "exception:\n";
  } else if (!e->suppress_context) {
    prior = e->context;
    link = "During handling of the above exception, another exception "
           "occurred:\n";
  } else {
    return true;
  }
  if (!IS_EXCEPTION(prior) || seen_before(p, prior) || p->nesting >= MAX_CHAIN)
    return true;
  bool need_close = p->need_close;
  p->nesting++;
  bool ok = print_recursive(p, prior);
  p->nesting--;
  p->need_close = need_close;
  return ok && margin(p) && buf_putc(p->out, '\n') && margin(p) &&
         buf_puts(p->out, link) && margin(p) && buf_putc(p->out, '\n');
}

/* Appends member [i] of the [n] members shown of [excs]: its separator,
 * the member (or how many were left out), and the group's closer after
 * the last one unless a nested group closed itself. */
static bool print_member(Printer *p, ObjTuple *excs, size_t i, size_t n) {
  bool last = i == n - 1;
  if (last) p->need_close = true;
  bool truncated = i >= MAX_GROUP_WIDTH;
  bool ok = indent(p) && buf_puts(p->out, i == 0 ? "+-" : "  ");
  ok = ok &&
       (truncated
            ? buf_puts(p->out, "+---------------- ... ----------------\n")
            : buf_printf(p->out, "+---------------- %zu ----------------\n",
                         i + 1));
  p->depth++;
  if (ok && !truncated) {
    ok = print_recursive(p, excs->items[i]);
  } else if (ok) {
    size_t more = excs->length - MAX_GROUP_WIDTH;
    ok = margin(p) && buf_printf(p->out, "and %zu more exception%s\n", more,
                                 more > 1 ? "s" : "");
  }
  if (ok && last && p->need_close) {
    ok = indent(p) &&
         buf_puts(p->out, "+------------------------------------\n");
    p->need_close = false;
  }
  p->depth--;
  return ok;
}

/* Appends the group [exc] and its members, framed. */
static bool print_group(Printer *p, Value exc) {
  if (p->depth > MAX_GROUP_DEPTH)
    return margin(p) &&
           buf_printf(p->out, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
  if (p->depth == 0) p->depth++;
  if (!print_one(p, exc)) return false;
  ObjTuple *excs = AS_TUPLE(AS_EXCEPTION(exc)->eg_exceptions);
  size_t n =
      excs->length > MAX_GROUP_WIDTH ? MAX_GROUP_WIDTH + 1 : excs->length;
  p->need_close = false;
  for (size_t i = 0; i < n; i++)
    if (!print_member(p, excs, i, n)) return false;
  if (p->depth == 1) p->depth--;
  return true;
}

/* Appends [exc] after the chain that led to it. */
static bool print_recursive(Printer *p, Value exc) {
  if (!remember(p, exc) || !print_chain(p, exc)) return false;
  return exception_is_group(exc) ? print_group(p, exc) : print_one(p, exc);
}

void exception_print(EddyVM *vm, Value exc) {
  ByteBuf out;
  buf_init(&out);
  bool ok;
  if (IS_EXCEPTION(exc)) {
    Printer p = {.vm = vm, .out = &out};
    gc_push_root(vm, exc);
    ok = print_recursive(&p, exc);
    gc_pop_roots(vm, 1);
    free(p.seen);
  } else {
    ok = buf_puts(&out, "Error: an exception of unknown kind was raised\n");
  }
  if (ok) {
    vm->write_err(vm, out.data, out.len);
  } else {
    static const char fallback[] = "MemoryError\n";
    vm->write_err(vm, fallback, sizeof fallback - 1);
  }
  buf_free(&out);
}
