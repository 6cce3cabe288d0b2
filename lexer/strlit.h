/* strlit.h: decoding of string, bytes and f-string literal tokens.
 *
 * The lexer only finds where a literal ends; this module reads its prefix
 * (any case mix of r, b, u, f, rb, br, fr, rf), its quotes, and decodes its
 * escapes into bytes: UTF-8 text for str, raw bytes for bytes. For an
 * f-string, decoding is done piecewise by the parser on the literal parts
 * between replacement fields, so the split and the decode are separate
 * calls. Escape errors are reported as CPython reports them, e.g.
 * "(unicode error) 'unicodeescape' codec can't decode bytes in position
 * 0-1: truncated \xXX escape".
 */
#ifndef EDDY_STRLIT_H
#define EDDY_STRLIT_H

#include "lexer/diag.h"
#include "lexer/token.h"
#include "vm/buffer.h"

/* The parts of a literal token. */
typedef struct StrLit {
  bool is_bytes;   /* b prefix */
  bool is_raw;     /* r prefix: backslashes are kept */
  bool is_fstring; /* f prefix */
  bool is_u;       /* u prefix (kind='u' in the AST) */
  bool triple;     /* ''' or """ */
  char quote;      /* ' or " */
  const char *body; /* first byte after the opening quotes */
  int body_len;     /* bytes up to the closing quotes */
} StrLit;

/* Splits the STRING token [tok] into prefix flags and body. */
void strlit_split(const Token *tok, StrLit *out);

/* Decodes [len] bytes at [text] (part of a literal body) appending to [out].
 * [is_raw] keeps backslashes; [is_bytes] rejects non-ASCII characters and
 * \u, \U, \N escapes. On error fills [diag] (position [line], [col] 0-based
 * byte column of the token start) and returns false. */
bool strlit_decode(const char *text, int len, bool is_raw, bool is_bytes,
                   ByteBuf *out, SyntaxDiag *diag, int line, int col) MUST_CHECK;

#endif
