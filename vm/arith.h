/* arith.h: the arithmetic operators on any values.
 *
 * The dispatch for `a + b` and its kin, in CPython's order: numbers
 * (int, bool, big int, float) first, then the built-in sequences (str,
 * list, tuple concatenation and repetition, str % formatting), then the
 * `binary` hook of the operands' TypeOps (sets, dicts, bytes, ...), then
 * a user class's __add__ / __radd__ (and __iadd__ for `+=`), and finally
 * CPython's TypeError ("unsupported operand type(s) for +: 'int' and
 * 'str'", "can only concatenate str (not "int") to str", "can't multiply
 * sequence by non-int of type 'float'").
 */
#ifndef EDDY_ARITH_H
#define EDDY_ARITH_H

#include "parser/ast.h"
#include "vm/vm.h"

/* [*out] = [a] [op] [b]; [inplace] for augmented assignment. */
bool vm_binary_op(EddyVM *vm, BinOpKind op, Value a, Value b,
                  Value *out) MUST_CHECK;
bool vm_inplace_op(EddyVM *vm, BinOpKind op, Value a, Value b,
                   Value *out) MUST_CHECK;
/* [*out] = -v, +v or ~v (`not` is value_truthy). */
bool vm_unary_op(EddyVM *vm, UnaryOpKind op, Value v, Value *out) MUST_CHECK;

#endif
