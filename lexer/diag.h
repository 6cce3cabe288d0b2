/* diag.h: the syntax diagnostic shared by the lexer, parser and compiler.
 *
 * The front end never prints. When the lexer, the parser or the compiler's
 * checks find an error they fill one SyntaxDiag and stop; the caller (the
 * CLI, the REPL, or the VM's compile entry point) turns it into a
 * SyntaxError/IndentationError/TabError exception or prints it in
 * CPython's format with diag_print. Only the first error of a source is
 * reported, as CPython does.
 *
 * Positions follow CPython's SyntaxError attributes: [line] and [end_line]
 * count from 1; [col] and [end_col] are 1-based character offsets (the
 * caret goes under character [col]); 0 means "no column known".
 */
#ifndef EDDY_DIAG_H
#define EDDY_DIAG_H

#include "vm/common.h"

/* Which exception class a diagnostic becomes. */
typedef enum {
  DIAG_SYNTAX_ERROR,      /* SyntaxError */
  DIAG_INDENTATION_ERROR, /* IndentationError */
  DIAG_TAB_ERROR,         /* TabError */
} DiagKind;

typedef struct SyntaxDiag {
  bool set;          /* true once an error has been recorded */
  DiagKind kind;     /* the exception class to raise */
  char message[256]; /* CPython's message, e.g. "'(' was never closed" */
  int line;          /* 1-based line of the error */
  int col;           /* 1-based character column of the caret, 0 if none */
  int end_line;      /* 1-based line where the highlighted range ends */
  int end_col;       /* 1-based column just past the range, 0 if none */
} SyntaxDiag;

/* Records an error in [diag] unless one is already there (the first error
 * wins). [col] and [end_col] are 1-based; printf-style [fmt]. */
void diag_set(SyntaxDiag *diag, DiagKind kind, int line, int col, int end_line,
              int end_col, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

/* The exception class name of [kind]: "SyntaxError", ... */
const char *diag_kind_name(DiagKind kind);

/* Converts a 0-based byte offset [byte_col] within the line that starts at
 * [line_start] into CPython's 1-based character column. */
int diag_char_col(const char *line_start, int byte_col);

/* Prints [diag] to [out] as CPython prints an uncaught SyntaxError:
 *   File "NAME", line N / the source line / the caret line / Kind: message
 * [source] is the whole source text, used to show the offending line. */
void diag_print(const SyntaxDiag *diag, const char *filename,
                const char *source, FILE *out);

#endif
