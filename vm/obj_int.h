/* obj_int.h: Python's int and bool.
 *
 * An int has two representations and exactly one of them is used for any
 * given value: VAL_INT, an immediate int64, for every value in
 * [-2**63, 2**63), and ObjBigInt, a GMP mpz_t on the heap, for every value
 * outside it. Everything that produces an int from an mpz goes through
 * int_from_mpz / int_take_mpz, which demote results that fit back to
 * immediates, so equality of representation is equality of value.
 *
 * bool is a subclass of int: True and False are VAL_BOOL immediates that
 * every int operation reads as 1 and 0 (IS_ANY_INT counts them).
 *
 * Text conversion follows CPython 3.11: int() parses with the rules of
 * PyLong_FromString (whitespace, sign, underscores between digits, base
 * prefixes, any Unicode decimal digit), and decimal conversion in either
 * direction refuses more than 4300 digits, as CPython's default
 * sys.get_int_max_str_digits() does (bases that are powers of two have no
 * limit).
 *
 * GMP allocates limbs with malloc and aborts when malloc fails; to keep a
 * runaway computation from getting there, operations whose result would
 * exceed INT_MAX_BITS bits raise MemoryError before calling GMP.
 */
#ifndef EDDY_OBJ_INT_H
#define EDDY_OBJ_INT_H

#include "vm/vm.h"

/* The largest int, in bits, that Eddy will build (2**30 bits: 128 MiB).
 * Larger results raise MemoryError instead of exhausting memory. */
#define INT_MAX_BITS ((uint64_t)1 << 30)

/* CPython's default limit on decimal digits in int <-> str conversion. */
#define INT_MAX_STR_DIGITS 4300

/* The int equal to [v], normalised: an immediate when it fits in int64.
 * Returns UNDEF after raising MemoryError. */
Value int_from_mpz(EddyVM *vm, const mpz_t v);

/* As int_from_mpz, but takes ownership of [v]: its limbs move into the
 * new object (no copy) and [v] is cleared in every case, so the caller
 * must not mpz_clear it again. Returns UNDEF after raising MemoryError. */
Value int_take_mpz(EddyVM *vm, mpz_t v);

/* Parses the [len] bytes of UTF-8 at [text] as int([text], [base]) does
 * (base 0 reads a literal's prefix) into [*out]; raises ValueError
 * "invalid literal for int() with base 10: 'abc'" or the digit-limit
 * error. [base] must already be 0 or 2..36. */
bool int_from_string(EddyVM *vm, const char *text, size_t len, int base,
                     Value *out) MUST_CHECK;

/* Stores the bool/int/bigint [v] into [out] (which the caller has
 * initialised); false, raising nothing, when [v] is not an int. */
bool int_to_mpz(Value v, mpz_t out);

/* Stores the int [v] in [*out]; OverflowError "Python int too large to
 * convert to C long" when it does not fit, TypeError "'float' object
 * cannot be interpreted as an integer" when [v] is no int at all. */
bool int_to_int64(EddyVM *vm, Value v, int64_t *out) MUST_CHECK;

/* Sign of the int [v]: -1, 0 or 1. */
int int_sign(Value v);

/* Bits in |[v]| (int.bit_length). */
uint64_t int_bit_length(Value v);

/* Appends the decimal text of the int [v] to [out] ("1", "-42"); raises
 * ValueError past INT_MAX_STR_DIGITS digits, as CPython 3.11 does. */
bool int_repr(EddyVM *vm, Value v, ByteBuf *out) MUST_CHECK;

/* Appends the int [v] in [base] 2, 8 or 16 with lower-case digits, with
 * the "0b"/"0o"/"0x" prefix after the sign when [prefix] is set
 * (bin(-5) == '-0b101'). */
bool int_format_base(EddyVM *vm, Value v, int base, bool prefix,
                     ByteBuf *out) MUST_CHECK;

/* What calling the int class does: int(), int(x), int(str, base). */
bool int_construct(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                   Value *result) MUST_CHECK;

/* Installs int's TypeOps, constructor and methods (bit_length,
 * bit_count, to_bytes, from_bytes, as_integer_ratio). */
bool int_install(EddyVM *vm) MUST_CHECK;

/* Installs bool's TypeOps and constructor; its methods are int's, found
 * along the MRO. */
bool bool_install(EddyVM *vm) MUST_CHECK;

#endif
