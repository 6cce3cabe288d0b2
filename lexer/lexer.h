/* lexer.h: turns Python source text into tokens, on demand.
 *
 * The lexer is pulled by the parser one token at a time (lexer_next) and
 * keeps only what Python's tokenizer keeps: the indentation stack, the
 * bracket stack (inside brackets newlines and indentation are ignored:
 * implicit line joining), and whether the current line is a continuation.
 * INDENT/DEDENT follow CPython's rules: tabs advance to the next multiple of
 * 8, and a line whose indentation compares differently with tab size 1 is a
 * TabError. At end of input it emits a NEWLINE if the last line lacked one,
 * then one DEDENT per open indentation level, then EOF.
 *
 * Token positions are CPython's: a NEWLINE is zero-length at its line
 * break; INDENT and DEDENT are zero-length at the first token of their
 * line; at the end of input, the closing DEDENTs and EOF sit on the last
 * line one column past its last character (past the line break).
 *
 * Errors (bad characters, unterminated strings, unclosed brackets at end of
 * input, inconsistent dedents) are written to the SyntaxDiag given at init,
 * and the lexer returns TOK_ERROR from then on. The lexer allocates nothing:
 * tokens point into [source], which must stay alive and NUL-terminated.
 */
#ifndef EDDY_LEXER_H
#define EDDY_LEXER_H

#include "lexer/diag.h"
#include "lexer/token.h"

#define LEXER_MAX_INDENT 100 /* CPython: "too many levels of indentation" */
#define LEXER_MAX_PAREN 200  /* CPython: "too many nested parentheses" */

typedef struct Lexer {
  const char *source;     /* the whole source, NUL-terminated */
  const char *end;        /* one past its last byte */
  const char *cur;        /* next byte to read */
  const char *line_start; /* first byte of the current line */
  int line;               /* current line number, from 1 */
  int indents[LEXER_MAX_INDENT + 1];     /* open indentation columns */
  int alt_indents[LEXER_MAX_INDENT + 1]; /* same with tab size 1 (TabError) */
  int indent_depth;       /* number of entries in use beyond indents[0] */
  int pending_dedents;    /* DEDENT tokens still to emit */
  bool at_line_start;     /* the next token begins a logical line */
  char parens[LEXER_MAX_PAREN]; /* open brackets: '(', '[' or '{' */
  int paren_lines[LEXER_MAX_PAREN]; /* line of each open bracket */
  int paren_cols[LEXER_MAX_PAREN];  /* byte column of each open bracket */
  const char *paren_line_starts[LEXER_MAX_PAREN]; /* start of its line */
  int paren_depth;        /* number of open brackets */
  bool pending_indent;    /* an INDENT token is still to emit */
  bool emitted_newline;   /* the last token was NEWLINE (or none yet) */
  bool line_checked;      /* current line checked for NULs and bad UTF-8 */
  bool failed;            /* this lexer recorded an error */
  bool done;              /* EOF has been returned */
  SyntaxDiag *diag;       /* where errors go */
} Lexer;

/* Prepares [lx] to read [source] of [length] bytes (source[length] must be
 * NUL), reporting errors into [diag]. */
void lexer_init(Lexer *lx, const char *source, size_t length, SyntaxDiag *diag);

/* Returns the next token; TOK_ERROR once an error was recorded. */
Token lexer_next(Lexer *lx);

#endif
