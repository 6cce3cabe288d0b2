/* repl_entry.c: when an entry typed at the prompt is complete.
 *
 * As in CPython's REPL: a simple statement runs when its line ends; a
 * compound statement (or a decorator) reads on until a blank line; an
 * open bracket, triple-quoted string or trailing backslash reads on
 * whatever the line was. The parser decides the rest: an entry that
 * parses runs, and one whose error points past its last character may
 * still be completed by more lines. Entries are parsed as interactive
 * ones, so top-level await is allowed.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/repl_internal.h"
#include "lexer/diag.h"
#include "parser/parser.h"

bool repl_is_blank(const char *text, size_t len) {
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
  if (!repl_is_blank(end, strlen(end))) return false; /* later lines follow */
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
  bool ok = copy && parser_parse_interactive(&arena, copy, len, &diag);
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

EntryStatus repl_classify(Repl *repl, bool last_blank) {
  ByteBuf *entry = &repl->entry;
  if (repl_is_blank(entry->data, entry->len)) return ENTRY_EMPTY;
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
  Node *module = parser_parse_interactive(&arena, entry->data, entry->len, &diag);
  arena_free(&arena);
  if (module) return block ? ENTRY_MORE : ENTRY_RUN;
  if (still_open(&diag) || (block && error_at_end(&diag, entry->data)))
    return ENTRY_MORE;
  diag_print(&diag, "<stdin>", entry->data, stderr);
  return ENTRY_ERROR;
}

