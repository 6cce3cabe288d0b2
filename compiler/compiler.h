/* compiler.h: from source text to code objects.
 *
 * compile_source runs the whole front end: the lexer and parser build the
 * AST in an arena, symtable resolves every name, and the code generator
 * walks the tree emitting bytecode (vm/opcodes.h) into one ObjCode per
 * module, function, lambda and comprehension, nested as constants of
 * their parent. Literal arithmetic is folded while compiling.
 *
 * Syntax errors come back in a SyntaxDiag; the caller decides whether to
 * print it (the CLI) or raise it as a SyntaxError (exec, the REPL).
 */
#ifndef EDDY_COMPILER_H
#define EDDY_COMPILER_H

#include "lexer/diag.h"
#include "vm/vm.h"

/* How the compiled module behaves. */
typedef enum {
  COMPILE_MODULE,      /* a file or -c string */
  COMPILE_INTERACTIVE, /* a REPL entry: expression statements print */
} CompileMode;

/* Compiles [source] ([length] bytes, NUL after them) named [filename].
 * On success stores the module's code in [*out] and returns true. On a
 * syntax error fills [diag] and returns false; when memory runs out it
 * returns false with MemoryError raised and [diag] unset. */
bool compile_source(EddyVM *vm, const char *source, size_t length,
                    const char *filename, CompileMode mode, ObjCode **out,
                    SyntaxDiag *diag) MUST_CHECK;

/* Prints the disassembly of [code] and of every code object nested in
 * its constants, as `eddy --dis` shows it. */
void compile_disassemble(EddyVM *vm, ObjCode *code, FILE *out);

#endif
