/* obj_dict.h: dict, the hash table behind module globals, instance
 * attributes, class dicts and keyword arguments.
 *
 * The table is CPython's compact dict (3.6+): [entries] holds key, value
 * and hash in insertion order, and [index] is an open-addressed array of
 * int32 entry numbers (-1 empty, -2 deleted) of a power-of-two size.
 * Lookup starts at hash & mask and probes with CPython's perturbation
 * recurrence (i = 5*i + 1 + perturb; perturb >>= 5), so every bit of the
 * hash takes part. At most 2/3 of the index is ever filled: when
 * [entries] is full the table is rebuilt for three times the live count,
 * which also drops deleted entries. Iteration walks [entries], so order
 * is insertion order, and deleting then reinserting a key moves it to the
 * end, as in Python.
 *
 * Lookups hash keys with value_hash and compare them with value_eq, both
 * of which may run script code (__hash__, __eq__). An __eq__ that changes
 * the dict under a lookup is noticed through [version], which every
 * change bumps, and the lookup restarts, as CPython does.
 *
 * The string paths (dict_get_str, ...) never call back into scripts: they
 * compare str keys by pointer, then by cached hash and bytes, and treat
 * keys of other types as different. Globals, attributes and keyword
 * arguments use them.
 *
 * Iterators compare the dict's size with the size they started with, as
 * CPython does: a change raises "dictionary changed size during
 * iteration"; assigning to existing keys is allowed.
 */
#ifndef EDDY_OBJ_DICT_H
#define EDDY_OBJ_DICT_H

#include "vm/vm.h"

/* A new empty dict of class dict; NULL after raising. */
ObjDict *dict_new(EddyVM *vm);
/* A new empty dict of class [cls] (dict or a subclass); NULL after
 * raising. */
ObjDict *dict_new_of(EddyVM *vm, ObjClass *cls);

/* Looks [key] up: [*found] tells whether it is there and [*out] gets its
 * value. False after raising (unhashable key, failing __eq__). */
bool dict_get(EddyVM *vm, ObjDict *dict, Value key, Value *out,
              bool *found) MUST_CHECK;
/* dict[key] = value. */
bool dict_set(EddyVM *vm, ObjDict *dict, Value key, Value value) MUST_CHECK;
/* Removes [key]; [*found] tells whether it was there. */
bool dict_delete(EddyVM *vm, ObjDict *dict, Value key, bool *found) MUST_CHECK;
/* Looks up [key] whose hash [hash] is known (set and dict operations
 * that already hold it). */
bool dict_get_hashed(EddyVM *vm, ObjDict *dict, Value key, int64_t hash,
                     Value *out, bool *found) MUST_CHECK;
/* Inserts [key] with known [hash]. */
bool dict_set_hashed(EddyVM *vm, ObjDict *dict, Value key, int64_t hash,
                     Value value) MUST_CHECK;

/* hash([key]) with the str fast path the dict itself uses. */
bool dict_hash_key(EddyVM *vm, Value key, int64_t *out) MUST_CHECK;

/* The value under the str [key], or UNDEF; never raises or calls back. */
Value dict_get_str(ObjDict *dict, ObjStr *key);
/* The number of the entry holding the str [key] in [dict] (an index
 * into dict->entries, valid until dict->keys_version changes), or -1. */
int64_t dict_entry_of_str(ObjDict *dict, ObjStr *key);
/* dict[key] = value for a str [key]; false only after MemoryError. */
bool dict_set_str(EddyVM *vm, ObjDict *dict, ObjStr *key,
                  Value value) MUST_CHECK;
/* Removes the str [key]; returns whether it was there. */
bool dict_delete_str(ObjDict *dict, ObjStr *key);
/* The str key equal to the [length] bytes at [chars] whose str hash is
 * [hash], or UNDEF: the intern table looks text up before making a str
 * of it. */
Value dict_find_chars(ObjDict *dict, const char *chars, size_t length,
                      int64_t hash);

/* Steps through the live entries of [dict] in order: start with [*pos]
 * = 0; each call stores the next key and value ([value] may be NULL) and
 * returns true, or returns false at the end. The dict must not change
 * between calls. */
bool dict_next(ObjDict *dict, size_t *pos, Value *key, Value *value);

/* Removes entry number [i] (an index into [entries]) without looking at
 * its key: the GC drops dead interned strings this way. Allocates and
 * raises nothing. */
void dict_remove_entry(ObjDict *dict, size_t i);

/* Removes every entry. */
void dict_clear(EddyVM *vm, ObjDict *dict);
/* A shallow copy of [dict] (class dict); NULL after raising. */
ObjDict *dict_copy(EddyVM *vm, ObjDict *dict);
/* dict.update([other]): a mapping (dict, or anything with keys()) or an
 * iterable of pairs, with CPython's errors. */
bool dict_update(EddyVM *vm, ObjDict *dict, Value other) MUST_CHECK;
/* Inserts every entry of [src] into [dst], replacing existing keys when
 * [replace] is set. */
bool dict_merge(EddyVM *vm, ObjDict *dst, ObjDict *src,
                bool replace) MUST_CHECK;

/* [a] | [b] for a dict [a]: a new dict, or NotImplemented in [*out] when
 * [b] is not a dict. */
bool dict_or(EddyVM *vm, Value a, Value b, Value *out) MUST_CHECK;
/* [a] |= [b] for a dict [a]: updates [a] from any mapping or iterable of
 * pairs and stores [a] in [*out]. */
bool dict_inplace_or(EddyVM *vm, Value a, Value b, Value *out) MUST_CHECK;

/* Raises KeyError([key]). Always returns false. */
bool dict_raise_key_error(EddyVM *vm, Value key);

/* Installs dict's TypeOps, constructor and methods. */
bool dict_install(EddyVM *vm) MUST_CHECK;

#endif
