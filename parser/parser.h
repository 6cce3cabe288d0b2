/* parser.h: recursive-descent parser from tokens to the AST.
 *
 * The parser follows grammar.txt rule by rule; each parse function opens
 * with its rule. It pulls tokens from a Lexer with one token of lookahead
 * (more where Python's grammar needs it, via a small token buffer) and
 * builds nodes in the caller's Arena.
 *
 * Errors: the first error is written to the SyntaxDiag and parsing stops
 * (NULL is returned). Messages, lines and carets match CPython 3.11's for
 * the errors users meet: "'(' was never closed", "expected ':'",
 * "invalid syntax", "unexpected indent", "cannot assign to literal", ...
 * Errors that CPython finds only after parsing ("'return' outside
 * function", "'break' outside loop", "'await' outside async function")
 * are found by a check pass over the finished tree, so that a real syntax
 * error later in the file still wins, as in CPython. Syntax outside Eddy's
 * subset (`match`, `type X = ...`, complex literals, ...) is rejected
 * with a SyntaxError that names the feature.
 */
#ifndef EDDY_PARSER_H
#define EDDY_PARSER_H

#include "lexer/diag.h"
#include "parser/arena.h"
#include "parser/ast.h"

/* Parses the module [source] ([length] bytes; source[length] must be NUL)
 * into a Module node allocated in [arena]. Returns NULL and fills [diag]
 * on error. */
Node *parser_parse_module(Arena *arena, const char *source, size_t length,
                          SyntaxDiag *diag);

/* parser_parse_module for an interactive entry: 'await', 'async for',
 * 'async with' and asynchronous comprehensions are also allowed at the
 * top level of the module (CPython's PyCF_ALLOW_TOP_LEVEL_AWAIT, which
 * its asyncio REPL uses). */
Node *parser_parse_interactive(Arena *arena, const char *source,
                               size_t length, SyntaxDiag *diag);

#endif
