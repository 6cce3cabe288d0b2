/* builtins.h: the functions of Python's builtins module.
 *
 * The builtins module is a dict (vm->builtins) that global name lookup
 * falls back to. Its classes (int, list, enumerate, zip, range, ...) are
 * entered by the VM's bootstrap as it creates them; this module adds the
 * built-in functions: print, input, open, len, repr, min, max, sum,
 * sorted, isinstance, getattr, hex, round, pow, next, format, ... and the
 * behaviour of the file objects that open() returns.
 *
 * Each function is an ObjNative that follows its CPython 3.11 namesake to
 * the error message, including the argument-count messages, which differ
 * by how CPython declares each one ("len() takes exactly one argument (2
 * given)", "divmod expected 2 arguments, got 1", "round() takes at most 2
 * arguments (3 given)").
 *
 * The work is split by concern: builtins.c (objects, attributes, types,
 * iteration, formatting), builtins_iter.c (functions that consume an
 * iterable: min, max, sum, sorted, any, all), builtins_num.c (numbers and
 * characters: abs, round, divmod, pow, hex, oct, bin, chr, ord),
 * builtins_io.c (print, input, open) and builtins_file.c (the file
 * objects open() returns, _io.TextIOWrapper). builtins_internal.h holds
 * what the parts share.
 */
#ifndef EDDY_BUILTINS_H
#define EDDY_BUILTINS_H

#include "vm/vm.h"

/* Adds the built-in functions to vm->builtins and installs the file
 * type's behaviour. Called once by the bootstrap after every built-in
 * class exists. */
bool builtins_install(EddyVM *vm) MUST_CHECK;

#endif
