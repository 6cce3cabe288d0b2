#include "lexer/diag.h"

#include <stdarg.h>
#include <string.h>

void diag_set(SyntaxDiag *diag, DiagKind kind, int line, int col, int end_line,
              int end_col, const char *fmt, ...) {
  if (diag->set) return;
  diag->set = true;
  diag->kind = kind;
  diag->line = line;
  diag->col = col;
  diag->end_line = end_line;
  diag->end_col = end_col;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(diag->message, sizeof diag->message, fmt, ap);
  va_end(ap);
}

const char *diag_kind_name(DiagKind kind) {
  switch (kind) {
  case DIAG_INDENTATION_ERROR: return "IndentationError";
  case DIAG_TAB_ERROR: return "TabError";
  default: return "SyntaxError";
  }
}

/* True for the bytes that start a UTF-8 character. */
static bool starts_char(unsigned char c) { return (c & 0xC0) != 0x80; }

int diag_char_col(const char *line_start, int byte_col) {
  int chars = 0;
  for (int i = 0; i < byte_col && line_start[i]; i++)
    if (starts_char((unsigned char)line_start[i])) chars++;
  return chars + 1;
}

/* Finds line [line] (from 1) of [source]; stores its length in [len]. */
static const char *find_line(const char *source, int line, int *len) {
  const char *p = source;
  for (int n = 1; n < line; n++) {
    p = strchr(p, '\n');
    if (!p) return NULL;
    p++;
  }
  const char *end = p;
  while (*end && *end != '\n' && *end != '\r') end++;
  *len = (int)(end - p);
  return p;
}

/* Prints the offending source line without its indentation, and the caret
 * line under it, as CPython's traceback module does. */
static void print_source_line(const SyntaxDiag *diag, const char *source,
                              FILE *out) {
  int len = 0;
  const char *text = source ? find_line(source, diag->line, &len) : NULL;
  if (!text) return;
  int indent = 0;
  while (indent < len && (text[indent] == ' ' || text[indent] == '\t' ||
                          text[indent] == '\f'))
    indent++;
  if (indent == len) return;
  fprintf(out, "    %.*s\n", len - indent, text + indent);
  if (diag->col <= 0) return;
  int indent_chars = diag_char_col(text, indent) - 1;
  int line_chars = diag_char_col(text, len) - 1;
  int col = diag->col - indent_chars;
  if (col < 1) col = 1;
  if (col > line_chars - indent_chars + 1) col = line_chars - indent_chars + 1;
  int width = 1;
  if (diag->end_line == diag->line && diag->end_col > diag->col)
    width = diag->end_col - diag->col;
  if (col - 1 + width > line_chars - indent_chars + 1)
    width = line_chars - indent_chars + 1 - (col - 1);
  if (width < 1) width = 1;
  fprintf(out, "    %*s", col - 1, "");
  for (int i = 0; i < width; i++) fputc('^', out);
  fputc('\n', out);
}

void diag_print(const SyntaxDiag *diag, const char *filename,
                const char *source, FILE *out) {
  fprintf(out, "  File \"%s\", line %d\n", filename, diag->line);
  print_source_line(diag, source, out);
  fprintf(out, "%s: %s\n", diag_kind_name(diag->kind), diag->message);
}
