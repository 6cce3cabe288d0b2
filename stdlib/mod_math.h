/* mod_math.h: the parts of the math module.
 *
 * The math module is two files: mod_math.c holds the functions of floats
 * (sqrt, log, sin, hypot, fsum, floor, ...) and the module's init, and
 * mod_math_int.c the functions of integers (gcd, lcm, isqrt, factorial,
 * comb, perm) and prod. Both follow CPython 3.11's mathmodule.c: the same
 * algorithms where the result depends on them (fsum's exact partials,
 * hypot's compensated sum, log of huge ints), libm where CPython calls
 * libm, so that every result is the same double, and the same errors
 * ("math domain error", "math range error", ...).
 */
#ifndef EDDY_MOD_MATH_H
#define EDDY_MOD_MATH_H

#include "vm/vm.h"

/* Defines the integer functions and prod in the math module [module]. */
bool math_int_define(EddyVM *vm, ObjModule *module) MUST_CHECK;

#endif
