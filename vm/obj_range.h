/* obj_range.h: range, the lazy arithmetic sequence.
 *
 * A range stores start, stop and step as ints and computes everything
 * else: its length, r[i], `x in r` (by arithmetic for ints, by comparing
 * items for other values, so that 1.0 in range(3)), slices (which are
 * ranges again), equality (two ranges are equal when they hold the same
 * items), and hash (CPython's hash of (len, start, step), with None for
 * the parts that do not matter).
 *
 * Bounds are usually small ints, and then everything runs on int64 with
 * the iteration in a range_iterator that counts down the remaining
 * items. Any int is accepted, as in Python: when a bound or the length
 * does not fit in int64 the same operations run on GMP integers (slower,
 * but exact); len() of a range longer than 2**63 - 1 raises OverflowError
 * as CPython's does.
 */
#ifndef EDDY_OBJ_RANGE_H
#define EDDY_OBJ_RANGE_H

#include "vm/protocol.h"

/* A new range([start], [stop], [step]) of ints ([step] non-zero); NULL
 * after raising. */
ObjRange *range_new(EddyVM *vm, Value start, Value stop, Value step);

/* iter([range]), or reversed([range]) when [reverse] is set. */
bool range_iter(EddyVM *vm, ObjRange *range, bool reverse,
                Value *out) MUST_CHECK;

/* Installs range's TypeOps, constructor, attributes and methods. */
bool range_install(EddyVM *vm) MUST_CHECK;

#endif
