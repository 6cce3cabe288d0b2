/* token.h: the tokens the lexer hands to the parser.
 *
 * Token kinds come from one X-macro list, TOKEN_LIST, expanded into the
 * TokenKind enum and into the table of display names used by the token
 * dumper and by error messages. A token does not own its text: it points
 * into the source buffer, which outlives the parse. String literals are
 * delivered raw (prefix and quotes included); the parser decodes them with
 * strlit.h, as CPython's tokenizer and parser share the work.
 *
 * Positions follow CPython's conventions so that error carets and AST
 * positions agree with it: lines count from 1, columns are byte offsets
 * from 0 within the line.
 */
#ifndef EDDY_TOKEN_H
#define EDDY_TOKEN_H

#include "vm/common.h"

/* X(kind, display name). Keyword and operator names are their spelling. */
#define TOKEN_LIST(X)                                                          \
  X(TOK_EOF, "ENDMARKER")                                                      \
  X(TOK_ERROR, "ERRORTOKEN")                                                   \
  X(TOK_NEWLINE, "NEWLINE")                                                    \
  X(TOK_INDENT, "INDENT")                                                      \
  X(TOK_DEDENT, "DEDENT")                                                      \
  X(TOK_NAME, "NAME")                                                          \
  X(TOK_INT, "INT")         /* decimal, 0x, 0o, 0b; underscores allowed */     \
  X(TOK_FLOAT, "FLOAT")     /* 1.5 1e-3 .5 5. */                               \
  X(TOK_IMAGINARY, "IMAG")  /* 1j: lexed so the parser can reject it */        \
  X(TOK_STRING, "STRING")   /* any string/bytes/f-string literal, raw */       \
  /* keywords */                                                               \
  X(TOK_FALSE, "False")                                                        \
  X(TOK_NONE, "None")                                                          \
  X(TOK_TRUE, "True")                                                          \
  X(TOK_AND, "and")                                                            \
  X(TOK_AS, "as")                                                              \
  X(TOK_ASSERT, "assert")                                                      \
  X(TOK_ASYNC, "async")                                                        \
  X(TOK_AWAIT, "await")                                                        \
  X(TOK_BREAK, "break")                                                        \
  X(TOK_CLASS, "class")                                                        \
  X(TOK_CONTINUE, "continue")                                                  \
  X(TOK_DEF, "def")                                                            \
  X(TOK_DEL, "del")                                                            \
  X(TOK_ELIF, "elif")                                                          \
  X(TOK_ELSE, "else")                                                          \
  X(TOK_EXCEPT, "except")                                                      \
  X(TOK_FINALLY, "finally")                                                    \
  X(TOK_FOR, "for")                                                            \
  X(TOK_FROM, "from")                                                          \
  X(TOK_GLOBAL, "global")                                                      \
  X(TOK_IF, "if")                                                              \
  X(TOK_IMPORT, "import")                                                      \
  X(TOK_IN, "in")                                                              \
  X(TOK_IS, "is")                                                              \
  X(TOK_LAMBDA, "lambda")                                                      \
  X(TOK_NONLOCAL, "nonlocal")                                                  \
  X(TOK_NOT, "not")                                                            \
  X(TOK_OR, "or")                                                              \
  X(TOK_PASS, "pass")                                                          \
  X(TOK_RAISE, "raise")                                                        \
  X(TOK_RETURN, "return")                                                      \
  X(TOK_TRY, "try")                                                            \
  X(TOK_WHILE, "while")                                                        \
  X(TOK_WITH, "with")                                                          \
  X(TOK_YIELD, "yield")                                                        \
  /* brackets */                                                               \
  X(TOK_LPAR, "(")                                                             \
  X(TOK_RPAR, ")")                                                             \
  X(TOK_LSQB, "[")                                                             \
  X(TOK_RSQB, "]")                                                             \
  X(TOK_LBRACE, "{")                                                           \
  X(TOK_RBRACE, "}")                                                           \
  /* punctuation and operators */                                              \
  X(TOK_COLON, ":")                                                            \
  X(TOK_COMMA, ",")                                                            \
  X(TOK_SEMI, ";")                                                             \
  X(TOK_DOT, ".")                                                              \
  X(TOK_ELLIPSIS, "...")                                                       \
  X(TOK_ARROW, "->")                                                           \
  X(TOK_PLUS, "+")                                                             \
  X(TOK_MINUS, "-")                                                            \
  X(TOK_STAR, "*")                                                             \
  X(TOK_SLASH, "/")                                                            \
  X(TOK_VBAR, "|")                                                             \
  X(TOK_AMPER, "&")                                                            \
  X(TOK_LESS, "<")                                                             \
  X(TOK_GREATER, ">")                                                          \
  X(TOK_EQUAL, "=")                                                            \
  X(TOK_PERCENT, "%")                                                          \
  X(TOK_EQEQUAL, "==")                                                         \
  X(TOK_NOTEQUAL, "!=")                                                        \
  X(TOK_LESSEQUAL, "<=")                                                       \
  X(TOK_GREATEREQUAL, ">=")                                                    \
  X(TOK_TILDE, "~")                                                            \
  X(TOK_CIRCUMFLEX, "^")                                                       \
  X(TOK_LEFTSHIFT, "<<")                                                       \
  X(TOK_RIGHTSHIFT, ">>")                                                      \
  X(TOK_DOUBLESTAR, "**")                                                      \
  X(TOK_DOUBLESLASH, "//")                                                     \
  X(TOK_AT, "@")                                                               \
  X(TOK_COLONEQUAL, ":=")                                                      \
  X(TOK_EXCLAMATION, "!") /* only inside f-string replacement fields */        \
  X(TOK_PLUSEQUAL, "+=")                                                       \
  X(TOK_MINEQUAL, "-=")                                                        \
  X(TOK_STAREQUAL, "*=")                                                       \
  X(TOK_SLASHEQUAL, "/=")                                                      \
  X(TOK_PERCENTEQUAL, "%=")                                                    \
  X(TOK_AMPEREQUAL, "&=")                                                      \
  X(TOK_VBAREQUAL, "|=")                                                       \
  X(TOK_CIRCUMFLEXEQUAL, "^=")                                                 \
  X(TOK_LEFTSHIFTEQUAL, "<<=")                                                 \
  X(TOK_RIGHTSHIFTEQUAL, ">>=")                                                \
  X(TOK_DOUBLESTAREQUAL, "**=")                                                \
  X(TOK_DOUBLESLASHEQUAL, "//=")                                               \
  X(TOK_ATEQUAL, "@=")

typedef enum {
#define TOKEN_ENUM(kind, name) kind,
  TOKEN_LIST(TOKEN_ENUM)
#undef TOKEN_ENUM
      TOKEN_KIND_COUNT
} TokenKind;

/* One token. [start]/[length] point into the source buffer. */
typedef struct Token {
  TokenKind kind;  /* what the token is */
  const char *start; /* first byte of its text in the source */
  int length;      /* byte length of its text (0 for INDENT/DEDENT/EOF) */
  int line;        /* line of the first byte, from 1 */
  int col;         /* byte offset of the first byte in its line, from 0 */
  int end_line;    /* line of the byte after the token */
  int end_col;     /* byte offset of the byte after the token in end_line */
} Token;

/* The display name of [kind]: "NAME", "if", "+=", ... */
const char *token_kind_name(TokenKind kind);

#endif
