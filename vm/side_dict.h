/* side_dict.h: the attribute dicts of objects whose layout has no slot
 * for one.
 *
 * An instance of a script subclass of list, dict, set, str, tuple, bytes
 * or int keeps its built-in layout (so every fast path for the built-in
 * type still applies to it) but, as in CPython, may carry attributes of
 * its own. Those live in a VM-wide table keyed by the object's address,
 * made on the first attribute assignment; the object's header flag
 * has_side_dict says an entry exists, so objects without attributes pay
 * nothing. The collector marks an entry's dict through its object and
 * drops the entry when the object is freed.
 *
 * The table uses open addressing with linear probing and backward-shift
 * deletion, so it never accumulates tombstones.
 */
#ifndef EDDY_SIDE_DICT_H
#define EDDY_SIDE_DICT_H

#include <stddef.h>

#include "vm/common.h"

typedef struct Obj Obj;
typedef struct ObjDict ObjDict;
typedef struct EddyVM EddyVM;

typedef struct SideDictSlot {
  Obj *owner;    /* the object, or NULL for an empty slot */
  ObjDict *dict; /* its attributes */
} SideDictSlot;

typedef struct SideDicts {
  SideDictSlot *slots; /* [cap] slots, malloc'd; cap is a power of two */
  size_t cap;          /* slots allocated (0 before the first entry) */
  size_t count;        /* slots in use */
} SideDicts;

/* The attribute dict of [owner], or NULL when it has none. */
ObjDict *side_dict_get(const SideDicts *table, const Obj *owner);

/* The attribute dict of [owner], made (empty) when it has none yet.
 * [owner] must be rooted. Returns false after raising MemoryError. */
MUST_CHECK bool side_dict_make(EddyVM *vm, Obj *owner, ObjDict **out);

/* Forgets the entry of [owner] (the collector is freeing it). */
void side_dict_remove(SideDicts *table, const Obj *owner);

/* Frees the table itself (the dicts are heap objects). */
void side_dicts_free(SideDicts *table);

#endif
