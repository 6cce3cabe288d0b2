/* number.h: arithmetic, comparison and hashing of int, bool and float.
 *
 * The numeric tower of Eddy has three levels, as in Python without
 * complex: bool < int < float. A binary operation reads bools as ints,
 * and promotes an int to float when the other operand is a float (which
 * may raise OverflowError "int too large to convert to float"). Each
 * entry point takes the operands as Values and reports [*handled] = false,
 * raising nothing, when an operand is not a number, so the caller can try
 * other types (str + str, list * int, user dunders) before raising
 * "unsupported operand type(s)".
 *
 * Int arithmetic runs on int64 with __builtin_*_overflow checks and falls
 * back to GMP when a result does not fit; the results are normalised (see
 * obj_int.h). Every operation follows CPython 3.11 to the bit: floor
 * division and modulo round toward negative infinity, int / int is
 * correctly rounded even for huge operands, comparisons between ints and
 * floats are exact (2**53 + 1 != 2.0**53), and the hash of every number
 * is CPython's (reduction modulo 2**61 - 1), so that equal numbers hash
 * equal across types and dict order matches CPython.
 *
 * Deliberate differences: a negative number raised to a fractional power
 * is complex in CPython; Eddy has no complex type and raises ValueError
 * "complex numbers are not supported by Eddy". hash(nan) is 0 (CPython
 * 3.10+ hashes each nan object by its address; Eddy's floats are
 * immediates without one).
 */
#ifndef EDDY_NUMBER_H
#define EDDY_NUMBER_H

#include "parser/ast.h"
#include "vm/protocol.h"

/* True for the values the numeric operations accept: bool, int, float. */
#define IS_NUMBER(v) (IS_ANY_INT(v) || IS_FLOAT(v))

/* CPython's hash parameters: the modulus 2**61 - 1 and hash(inf). */
#define NUMBER_HASH_BITS 61
#define NUMBER_HASH_MODULUS (((uint64_t)1 << NUMBER_HASH_BITS) - 1)
#define NUMBER_HASH_INF 314159

/* hash() of the bool/int/bigint [v], as CPython computes it. */
int64_t number_hash_int(Value v);
/* hash() of the float [d]; consistent with ints for integral values. */
int64_t number_hash_float(double d);
/* hash() of any number [v]. */
int64_t number_hash(Value v);

/* [*out] = [a] [op] [b] for two numbers. [*handled] is false (and nothing
 * is raised) when either operand is not a number or [op] is @. */
bool number_binary(EddyVM *vm, BinOpKind op, Value a, Value b, Value *out,
                   bool *handled) MUST_CHECK;

/* [*out] = -[v], +[v] or ~[v] (UNARY_NOT is the VM's). [*handled] is
 * false when [v] is not a number; ~ on a float raises TypeError. */
bool number_unary(EddyVM *vm, UnaryOpKind op, Value v, Value *out,
                  bool *handled) MUST_CHECK;

/* [*out] = [a] [op] [b], exact across int and float; any comparison with
 * nan is false except !=. [*handled] is false when an operand is not a
 * number. Never raises today; the status is for symmetry. */
bool number_compare(EddyVM *vm, CompareOp op, Value a, Value b, bool *out,
                    bool *handled) MUST_CHECK;

/* [a] == [b] for two values of which at least one is a number; false
 * when the other is not a number. Never raises. */
bool number_eq(Value a, Value b);

/* [*out] = abs([v]); [v] must be a number. */
bool number_abs(EddyVM *vm, Value v, Value *out) MUST_CHECK;

/* [*out] = round([x]) or round([x], [ndigits]) ([ndigits] is UNDEF when
 * absent; None counts as absent). Floats round half to even on their
 * exact binary value, as CPython's correctly rounded dtoa does. */
bool number_round(EddyVM *vm, Value x, Value ndigits, Value *out) MUST_CHECK;

/* [*out] = divmod([a], [b]) as a new tuple. [*handled] as for
 * number_binary. */
bool number_divmod(EddyVM *vm, Value a, Value b, Value *out,
                   bool *handled) MUST_CHECK;

/* [*out] = pow([base], [exp], [mod]) for three ints, with a negative
 * [exp] meaning a modular inverse. Raises TypeError when any argument is
 * not an int, as CPython does. */
bool number_pow3(EddyVM *vm, Value base, Value exp, Value mod,
                 Value *out) MUST_CHECK;

/* [*out] = float([v]) for a number [v], correctly rounded; OverflowError
 * "int too large to convert to float" past the float range. */
bool number_to_double(EddyVM *vm, Value v, double *out) MUST_CHECK;

/* [*out] = the int closest to zero from the finite float [d] (int(d));
 * raises OverflowError/ValueError for inf and nan. */
bool number_float_to_int(EddyVM *vm, double d, Value *out) MUST_CHECK;

/* Rewrites the UTF-8 [text] as CPython does before parsing a number
 * (_PyUnicode_TransformDecimalAndSpaceToASCII), appending to [out]:
 * Unicode spaces become ' ', Unicode decimal digits their ASCII digit,
 * and the first other non-ASCII character a '?' that ends the text (so
 * the parse fails). False when memory runs out. */
bool number_ascii_text(const char *text, size_t len, ByteBuf *out) MUST_CHECK;

/* A new 2-tuple ([a], [b]) in [*out]; roots [a] and [b] while it
 * allocates. */
bool number_new_pair(EddyVM *vm, Value a, Value b, Value *out) MUST_CHECK;

#endif
