/* mod_random.h: the random module's generator and what its files share.
 *
 * The generator is the Mersenne Twister MT19937 exactly as CPython's
 * _random module runs it, so that a program seeding with the same value
 * draws the same numbers in Eddy and in CPython:
 *
 *   - seeding from an int uses init_by_array on the 32-bit words of its
 *     absolute value, least significant first (a float seeds with its
 *     hash, a str or bytes with its SHA-512 as CPython 3.11's version 2
 *     seeding does, None with 624 words from the kernel);
 *   - random() is (a * 2**26 + b) / 2**53 with a = next32 >> 5 and
 *     b = next32 >> 6;
 *   - getrandbits(k) fills 32-bit words from the least significant up,
 *     dropping the low bits of the last word;
 *   - every choice among n values uses _randbelow: getrandbits of
 *     n.bit_length() bits, drawn again while the result is >= n.
 *
 * The random module is two files: mod_random.c holds the generator, the
 * Random class with its seeding, state and bit methods, and the module's
 * init; mod_random_dist.c holds the methods that CPython writes in Python
 * on top of them (randrange, choice, shuffle, sample, choices, uniform,
 * gauss, ...), following random.py statement for statement.
 *
 * The state of a generator lives in a Random object (never in C
 * globals): a native-data object of class random.Random holding a
 * RandomState. The module's functions (random.random, random.seed, ...)
 * are the methods of one such object, bound to it, as in CPython.
 */
#ifndef EDDY_MOD_RANDOM_H
#define EDDY_MOD_RANDOM_H

#include "vm/vm.h"

/* Words in the Mersenne Twister's state. */
#define RANDOM_N 624

/* The state of one generator. */
typedef struct RandomState {
  uint32_t mt[RANDOM_N]; /* the twister's state words */
  int index;             /* next word of [mt] to temper; RANDOM_N when the
                            words must be regenerated first */
  double gauss_next;     /* gauss()'s second value, when [has_gauss_next] */
  bool has_gauss_next;   /* gauss() has a value waiting */
} RandomState;

/* ---- the generator (pure C, no VM) ---------------------------------- */

/* Seeds [rs] from the [len] words of [key] (init_by_array). */
void random_seed_words(RandomState *rs, const uint32_t *key, size_t len);

/* The next 32 random bits. */
uint32_t random_next32(RandomState *rs);

/* The next float in [0, 1), with 53 random bits (random.random()). */
double random_next_double(RandomState *rs);

/* getrandbits([k]) for 0 <= k <= 64. */
uint64_t random_bits64(RandomState *rs, int k);

/* _randbelow([n]) for 1 <= n < 2**64. */
uint64_t random_below64(RandomState *rs, uint64_t n);

/* ---- shared by the module's files -------------------------------------- */

/* The state of the Random object [self], or NULL after raising TypeError
 * when [self] is no Random object ([method] names the method). */
RandomState *random_state_of(EddyVM *vm, Value self, const char *method);

/* [*out] = getrandbits([k]) as an int of any size. */
bool random_getrandbits(EddyVM *vm, RandomState *rs, uint64_t k,
                        Value *out) MUST_CHECK;

/* [*out] = _randbelow([n]) for an int [n] >= 1 of any size. */
bool random_below(EddyVM *vm, RandomState *rs, Value n, Value *out) MUST_CHECK;

/* Installs randrange, randint, choice, shuffle, sample, choices,
 * uniform, triangular, gauss, normalvariate, lognormvariate and
 * expovariate as methods of the Random class [cls]. */
bool random_dist_install(EddyVM *vm, ObjClass *cls) MUST_CHECK;

#endif
