/* obj_slice.h: slice objects, what `a[1:2:3]` passes to __getitem__.
 *
 * A slice holds its three bounds as given (None when omitted); it knows
 * nothing about the sequence it will cut. slice_indices turns it into
 * concrete positions for a sequence of a given length, with the rules of
 * CPython's PySlice_GetIndicesEx: None means "from the start/end" in the
 * direction of the step, negative bounds count from the end, out-of-range
 * bounds are clipped, and the number of selected items comes back with
 * the positions. Every sequence type (list, tuple, str, bytes, range)
 * slices through it.
 *
 * Bounds may be any int (big ones clip to the int64 range) or None; other
 * types raise "slice indices must be integers or None or have an
 * __index__ method". Slices compare like the tuple (start, stop, step)
 * and are unhashable, as in Python 3.11.
 */
#ifndef EDDY_OBJ_SLICE_H
#define EDDY_OBJ_SLICE_H

#include "vm/protocol.h"

/* A new slice(start, stop, step); NULL after raising. */
ObjSlice *slice_new(EddyVM *vm, Value start, Value stop, Value step);

/* Resolves [slice] against a sequence of [length] items: the first
 * position [*start], the bound [*stop], the [*step] (never 0:
 * "slice step cannot be zero") and the number of items selected
 * [*slicelength]. Item k of the result is at start + k * step. */
bool slice_indices(EddyVM *vm, ObjSlice *slice, int64_t length, int64_t *start,
                   int64_t *stop, int64_t *step,
                   int64_t *slicelength) MUST_CHECK;

/* [a] [op] [b] for a slice [a]: NotImplemented when [b] is not a
 * slice. */
bool slice_compare(EddyVM *vm, CompareOp op, Value a, Value b,
                   Value *out) MUST_CHECK;

/* Installs slice's TypeOps, constructor, attributes and indices(). */
bool slice_install(EddyVM *vm) MUST_CHECK;

#endif
