/* protocol_internal.h: helpers shared by protocol.c and protocol_attr.c.
 *
 * The generic operations split into two files (operators and conversions
 * in protocol.c, attribute access in protocol_attr.c) that both look up
 * and call the dunder methods of scripts' classes the same way. These
 * helpers are that shared way; nothing outside the two files uses them.
 */
#ifndef EDDY_PROTOCOL_INTERNAL_H
#define EDDY_PROTOCOL_INTERNAL_H

#include "vm/protocol.h"

/* Turns a failed buffer append ([ok] false) into MemoryError. */
bool protocol_grew(EddyVM *vm, bool ok) MUST_CHECK;

/* The dunder [name] a script's class defines for [v] (found along the
 * MRO), or UNDEF when [v]'s class is built-in or the method found is a
 * built-in one (the layout's TypeOps does that work). May be None: the
 * class disabled the operation. */
Value protocol_user_method(EddyVM *vm, Value v, ObjStr *name);

/* Calls [method] found on the class of [self] with self and the [nargs]
 * (at most 3) [args]; staticmethod and classmethod wrappers are
 * honoured. */
bool protocol_call_method(EddyVM *vm, Value method, Value self, Value *args,
                          int nargs, Value *out) MUST_CHECK;

/* Calls [fn]([item], [ctx]) for each item the iterator [it] yields,
 * each rooted while [fn] runs. */
bool protocol_drain(EddyVM *vm, Value it, bool (*fn)(EddyVM *, Value, void *),
                    void *ctx) MUST_CHECK;

/* Attribute access without a script's __getattr__, __setattr__ and
 * __delattr__ hooks: what object.__getattribute__, object.__setattr__
 * and object.__delattr__ do. The getter sets [*found] false (raising
 * nothing) when the attribute does not exist. */
bool protocol_generic_getattr(EddyVM *vm, Value v, ObjStr *name, Value *out,
                              bool *found) MUST_CHECK;
bool protocol_generic_setattr(EddyVM *vm, Value v, ObjStr *name,
                              Value value) MUST_CHECK;
bool protocol_generic_delattr(EddyVM *vm, Value v, ObjStr *name) MUST_CHECK;

/* Raises AttributeError for the missing attribute [name] of [v] in
 * CPython's words: "'int' object has no attribute 'x'", "type object
 * 'A' has no attribute 'x'", "module 'm' has no attribute 'x'". */
bool protocol_no_attribute(EddyVM *vm, Value v, ObjStr *name);

#endif
