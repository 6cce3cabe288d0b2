/* obj_float.h: Python's float.
 *
 * A float is a VAL_FLOAT immediate, an IEEE 754 double; the float class
 * only supplies behaviour. Its repr is the shortest text that reads back
 * as the same double (text_repr_float), and float(str) accepts what
 * CPython's does: surrounding whitespace, a sign, decimal digits with
 * underscores between them, an exponent, 'inf', 'infinity' and 'nan' in
 * any case, and Unicode decimal digits. Hexadecimal text is refused, as
 * in CPython. Conversion is correctly rounded (glibc's strtod).
 */
#ifndef EDDY_OBJ_FLOAT_H
#define EDDY_OBJ_FLOAT_H

#include "vm/vm.h"

/* Parses the [len] bytes of UTF-8 at [text] as float([text]) does into
 * [*out]; ValueError "could not convert string to float: 'abc'". */
bool float_from_string(EddyVM *vm, const char *text, size_t len,
                       double *out) MUST_CHECK;

/* What calling the float class does: float(), float(x). */
bool float_construct(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                     Value *result) MUST_CHECK;

/* Installs float's TypeOps, constructor and methods (is_integer,
 * as_integer_ratio, hex). */
bool float_install(EddyVM *vm) MUST_CHECK;

#endif
