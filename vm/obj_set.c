/* obj_set.c: set and frozenset, a port of CPython's setobject.c onto an
 * ObjDict used as a slot table (see obj_set.h). */
#include "vm/obj_set.h"

#include <string.h>

#include "parser/ast.h"
#include "vm/container.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_dict.h"
#include "vm/obj_iterator.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"

/* Slots of an empty table (CPython's PySet_MINSIZE). */
#define SET_MIN_SLOTS 8
/* Slots probed linearly before the perturbed jump. */
#define LINEAR_PROBES 9
/* Bits of the hash folded in at each jump. */
#define PERTURB_SHIFT 5
/* An index slot never used. */
#define SLOT_EMPTY (-1)
/* Largest table, in slots (entry numbers are int32). */
#define SET_MAX_SLOTS ((size_t)1 << 30)

/* Result of a lookup: where [key] is, or where the probe ended. */
typedef struct Probe {
  int64_t slot; /* the slot holding the key, or -1 when absent */
} Probe;

/* ---- the slot table --------------------------------------------------- */

/* CPython's so->mask: slots - 1 (7 for the unallocated table). */
static size_t mask_of(ObjDict *t) {
  return t->index_cap ? t->index_cap - 1 : SET_MIN_SLOTS - 1;
}

/* The entry in [slot], or NULL when the slot was never used. */
static DictEntry *slot_entry(ObjDict *t, size_t slot) {
  int32_t ix = t->index[slot];
  return ix == SLOT_EMPTY ? NULL : &t->entries[ix];
}

/* True when [slot] holds a live element. */
static bool slot_active(ObjDict *t, size_t slot) {
  DictEntry *entry = slot_entry(t, slot);
  return entry && !IS_UNDEF(entry->key);
}

/* Allocates an empty table of [slots] slots into [t] (whose old arrays
 * the caller has saved). */
static bool alloc_table(EddyVM *vm, ObjDict *t, size_t slots) {
  DictEntry *entries = gc_realloc(vm, NULL, 0, slots * sizeof(DictEntry));
  if (!entries) return false;
  int32_t *index = gc_realloc(vm, NULL, 0, slots * sizeof(int32_t));
  if (!index) {
    gc_realloc(vm, entries, slots * sizeof(DictEntry), 0);
    return false;
  }
  memset(index, 0xff, slots * sizeof(int32_t));
  t->entries = entries;
  t->index = index;
  t->entry_cap = t->index_cap = slots;
  t->used = 0;
  return true;
}

/* Gives the unallocated table of [t] its 8 slots. */
static bool ensure_table(EddyVM *vm, ObjDict *t) {
  return t->index_cap > 0 || alloc_table(vm, t, SET_MIN_SLOTS);
}

/* Places a new entry for [key]/[hash] in the first free slot of its
 * probe sequence; the table has no dummies (set_insert_clean). */
static void insert_clean(ObjDict *t, Value key, int64_t hash) {
  size_t mask = t->index_cap - 1;
  uint64_t perturb = (uint64_t)hash;
  size_t i = (size_t)hash & mask;
  for (;;) {
    size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (size_t j = 0; j <= probes; j++) {
      if (t->index[i + j] == SLOT_EMPTY) {
        t->index[i + j] = (int32_t)t->used;
        t->entries[t->used++] = (DictEntry){key, NONE_VAL, hash};
        return;
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + (size_t)perturb) & mask;
  }
}

/* Rebuilds [set]'s table with the smallest size above [minused] slots,
 * reinserting the live elements in slot order (set_table_resize). */
static bool resize(EddyVM *vm, ObjSet *set, size_t minused) {
  ObjDict *t = set->table;
  size_t slots = SET_MIN_SLOTS;
  while (slots <= minused && slots < SET_MAX_SLOTS) slots <<= 1;
  if (slots <= minused) return vm_raise_memory(vm);
  if (slots == SET_MIN_SLOTS && t->index_cap <= SET_MIN_SLOTS &&
      t->used == t->count) {
    return true; /* the small table without dummies stays as it is */
  }
  ObjDict old = *t;
  if (!alloc_table(vm, t, slots)) {
    *t = old;
    return false;
  }
  for (size_t i = 0; i < old.index_cap; i++) {
    int32_t ix = old.index[i];
    if (ix != SLOT_EMPTY && !IS_UNDEF(old.entries[ix].key)) {
      insert_clean(t, old.entries[ix].key, old.entries[ix].hash);
    }
  }
  gc_realloc(vm, old.entries, old.entry_cap * sizeof(DictEntry), 0);
  gc_realloc(vm, old.index, old.index_cap * sizeof(int32_t), 0);
  dict_touch(t);
  return true;
}

/* Empties [set] back to the unallocated small table. */
static void clear_table(EddyVM *vm, ObjSet *set) {
  dict_clear(vm, set->table);
  set->hash = -1;
}

/* ---- lookup ----------------------------------------------------------- */

/* Compares a table element with a key; 1 equal, 0 not, -1 ask
 * value_eq. */
static int quick_eq(Value a, Value b) {
  if (value_is(a, b)) return 1;
  if (IS_SMALLINT_LIKE(a) && IS_SMALLINT_LIKE(b)) {
    return AS_SMALLINT(a) == AS_SMALLINT(b);
  }
  if (IS_STR(a) && IS_STR(b)) return str_equal(AS_STR(a), AS_STR(b));
  return -1;
}

/* Compares the element of [slot] with [key]: [*eq], or [*changed] when
 * the comparison altered the table (the caller restarts). */
static bool compare_slot(EddyVM *vm, ObjDict *t, size_t slot, Value key,
                         bool *eq, bool *changed) {
  Value other = slot_entry(t, slot)->key;
  int quick = quick_eq(other, key);
  *changed = false;
  if (quick >= 0) {
    *eq = quick;
    return true;
  }
  DictEntry *entries = t->entries;
  int32_t ix = t->index[slot];
  gc_push_root(vm, other);
  bool ok = value_eq(vm, other, key, eq);
  gc_pop_roots(vm, 1);
  *changed = ok && (t->entries != entries || t->index_cap <= slot ||
                    t->index[slot] != ix || !value_is(entries[ix].key, other));
  return ok;
}

/* Finds [key] with [hash] (set_lookkey): [*slot] is its slot or -1. */
static bool lookkey(EddyVM *vm, ObjSet *set, Value key, int64_t hash,
                    int64_t *slot) {
  ObjDict *t = set->table;
restart:
  *slot = -1;
  if (t->index_cap == 0) return true;
  size_t mask = t->index_cap - 1;
  uint64_t perturb = (uint64_t)hash;
  for (size_t i = (size_t)hash & mask;;) {
    size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (size_t j = i; j <= i + probes; j++) {
      DictEntry *entry = slot_entry(t, j);
      if (!entry) return true;
      if (IS_UNDEF(entry->key) || entry->hash != hash) continue;
      bool eq, changed;
      if (!compare_slot(vm, t, j, key, &eq, &changed)) return false;
      if (changed) goto restart;
      if (eq) {
        *slot = (int64_t)j;
        return true;
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + (size_t)perturb) & mask;
  }
}

/* Stores [key] in a free slot at the end of a failed probe: the last
 * dummy seen ([freeslot]) or the never-used [slot]; may resize. */
static bool store_new(EddyVM *vm, ObjSet *set, Value key, int64_t hash,
                      int64_t freeslot, size_t slot) {
  ObjDict *t = set->table;
  dict_touch(t);
  t->count++;
  if (freeslot >= 0) {
    DictEntry *entry = slot_entry(t, (size_t)freeslot);
    *entry = (DictEntry){key, NONE_VAL, hash};
    return true;
  }
  t->index[slot] = (int32_t)t->used;
  t->entries[t->used++] = (DictEntry){key, NONE_VAL, hash};
  size_t mask = t->index_cap - 1;
  if (t->used * 5 < mask * 3) return true;
  return resize(vm, set, t->count > 50000 ? t->count * 2 : t->count * 4);
}

/* Adds [key] with [hash] unless an equal element is there
 * (set_add_entry). */
static bool add_entry(EddyVM *vm, ObjSet *set, Value key, int64_t hash) {
  ObjDict *t = set->table;
  gc_push_root(vm, key);
  bool ok = ensure_table(vm, t);
  gc_pop_roots(vm, 1);
  if (!ok) return false;
restart:;
  size_t mask = t->index_cap - 1;
  uint64_t perturb = (uint64_t)hash;
  int64_t freeslot = -1;
  for (size_t i = (size_t)hash & mask;;) {
    size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (size_t j = i; j <= i + probes; j++) {
      DictEntry *entry = slot_entry(t, j);
      if (!entry) return store_new(vm, set, key, hash, freeslot, j);
      if (IS_UNDEF(entry->key)) {
        freeslot = (int64_t)j;
        continue;
      }
      if (entry->hash != hash) continue;
      bool eq, changed;
      if (!compare_slot(vm, t, j, key, &eq, &changed)) return false;
      if (eq) return true;
      if (changed) goto restart;
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + (size_t)perturb) & mask;
  }
}

/* Removes the element in [slot], leaving a dummy. */
static void remove_slot(ObjSet *set, size_t slot) {
  DictEntry *entry = slot_entry(set->table, slot);
  entry->key = UNDEF_VAL;
  entry->value = UNDEF_VAL;
  entry->hash = -1;
  set->table->count--;
  dict_touch(set->table);
}

/* Removes [key] with [hash] if present (set_discard_entry). */
static bool discard_entry(EddyVM *vm, ObjSet *set, Value key, int64_t hash,
                          bool *found) {
  int64_t slot;
  if (!lookkey(vm, set, key, hash, &slot)) return false;
  *found = slot >= 0;
  if (*found) remove_slot(set, (size_t)slot);
  return true;
}

/* [*found] = element with [hash] equal to [key] is in [set]. */
static bool contains_entry(EddyVM *vm, ObjSet *set, Value key, int64_t hash,
                           bool *found) {
  int64_t slot;
  if (!lookkey(vm, set, key, hash, &slot)) return false;
  *found = slot >= 0;
  return true;
}

/* ---- public element operations --------------------------------------- */

/* Hash of any set's elements as a frozenset (frozenset_hash). */
static int64_t elements_hash(ObjSet *set) {
  ObjDict *t = set->table;
  uint64_t hash = 0;
  for (size_t i = 0; i < t->index_cap; i++) {
    if (!slot_active(t, i)) continue;
    uint64_t h = (uint64_t)slot_entry(t, i)->hash;
    hash ^= ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
  }
  hash ^= ((uint64_t)t->count + 1) * 1927868237UL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923UL;
  if (hash == (uint64_t)-1) hash = 590923713UL;
  return (int64_t)hash;
}

/* hash([key]) for set membership: a set key hashes as the frozenset of
 * its elements (set_contains' retry). */
static bool key_hash(EddyVM *vm, Value key, bool set_as_frozen, int64_t *out) {
  if (set_as_frozen && IS_SET(key) && !AS_SET(key)->frozen) {
    *out = elements_hash(AS_SET(key));
    return true;
  }
  return dict_hash_key(vm, key, out);
}

bool set_add(EddyVM *vm, ObjSet *set, Value key) {
  int64_t hash;
  if (!dict_hash_key(vm, key, &hash)) return false;
  return add_entry(vm, set, key, hash);
}

bool set_contains(EddyVM *vm, ObjSet *set, Value key, bool *found) {
  int64_t hash;
  if (!key_hash(vm, key, true, &hash)) return false;
  return contains_entry(vm, set, key, hash, found);
}

bool set_discard(EddyVM *vm, ObjSet *set, Value key, bool *found) {
  int64_t hash;
  if (!key_hash(vm, key, true, &hash)) return false;
  return discard_entry(vm, set, key, hash, found);
}

bool set_next(ObjSet *set, size_t *pos, Value *key) {
  ObjDict *t = set->table;
  while (*pos < t->index_cap) {
    size_t slot = (*pos)++;
    if (slot_active(t, slot)) {
      *key = slot_entry(t, slot)->key;
      return true;
    }
  }
  return false;
}

size_t set_slot_count(ObjSet *set) { return set->table->index_cap; }

/* The next live entry of [set] at or after slot [*pos] (set_next for
 * code that needs the stored hash), or NULL at the end. */
static DictEntry *next_entry(ObjSet *set, size_t *pos) {
  ObjDict *t = set->table;
  while (*pos < t->index_cap) {
    size_t slot = (*pos)++;
    if (slot_active(t, slot)) return slot_entry(t, slot);
  }
  return NULL;
}

/* ---- construction ----------------------------------------------------- */

ObjSet *set_new_of(EddyVM *vm, ObjClass *cls) {
  ObjDict *table = dict_new(vm);
  if (!table) return NULL;
  gc_push_root(vm, OBJ_VAL(table));
  ObjSet *set = (ObjSet *)gc_new_object(vm, sizeof(ObjSet), OBJ_SET, cls);
  gc_pop_roots(vm, 1);
  if (!set) return NULL;
  set->table = table;
  set->frozen = class_is_subclass(cls, vm->types.frozenset);
  set->hash = -1;
  return set;
}

ObjSet *set_new(EddyVM *vm, bool frozen) {
  return set_new_of(vm, frozen ? vm->types.frozenset : vm->types.set);
}

/* An empty set of the base type of [like] (set_copy's
 * make_new_set_basetype). */
static ObjSet *new_like(EddyVM *vm, ObjSet *like) {
  return set_new(vm, like->frozen);
}

/* Adds the elements of [other] one by one; an __eq__ may change either
 * set, so the slots are reread at every step. */
static bool merge_by_adding(EddyVM *vm, ObjSet *set, ObjSet *other) {
  for (size_t i = 0; i < other->table->index_cap; i++) {
    if (!slot_active(other->table, i)) continue;
    DictEntry entry = *slot_entry(other->table, i);
    gc_push_root(vm, entry.key);
    bool ok = add_entry(vm, set, entry.key, entry.hash);
    gc_pop_roots(vm, 1);
    if (!ok) return false;
  }
  return true;
}

/* Copies [other] into [set] (set_merge). */
static bool merge(EddyVM *vm, ObjSet *set, ObjSet *other) {
  ObjDict *t = set->table, *o = other->table;
  if (set == other || o->count == 0) return true;
  if ((t->used + o->count) * 5 >= mask_of(t) * 3 &&
      !resize(vm, set, (t->count + o->count) * 2)) {
    return false;
  }
  if (!ensure_table(vm, t)) return false;
  if (t->used == 0 && t->index_cap == o->index_cap && o->used == o->count) {
    for (size_t i = 0; i < o->index_cap; i++) { /* same slots */
      if (!slot_active(o, i)) continue;
      t->index[i] = (int32_t)t->used;
      t->entries[t->used++] = *slot_entry(o, i);
    }
  } else if (t->used == 0) {
    for (size_t i = 0; i < o->index_cap; i++) {
      if (slot_active(o, i)) {
        insert_clean(t, slot_entry(o, i)->key, slot_entry(o, i)->hash);
      }
    }
  } else {
    return merge_by_adding(vm, set, other);
  }
  t->count = t->used;
  dict_touch(t);
  return true;
}

/* Adds the keys of the exact dict [dict] with their known hashes. */
static bool update_from_dict(EddyVM *vm, ObjSet *set, ObjDict *dict) {
  ObjDict *t = set->table;
  if ((t->used + dict->count) * 5 >= mask_of(t) * 3 &&
      !resize(vm, set, (t->count + dict->count) * 2)) {
    return false;
  }
  for (size_t i = 0; i < dict->used; i++) {
    DictEntry entry = dict->entries[i];
    if (IS_UNDEF(entry.key)) continue;
    if (!add_entry(vm, set, entry.key, entry.hash)) return false;
  }
  return true;
}

/* container_each callback: adds [item] to the set [ctx]. */
static bool add_one(EddyVM *vm, Value item, void *ctx) {
  return set_add(vm, (ObjSet *)ctx, item);
}

bool set_update(EddyVM *vm, ObjSet *set, Value iterable) {
  if (IS_SET(iterable)) return merge(vm, set, AS_SET(iterable));
  if (container_is_exact(iterable, vm->types.dict)) {
    return update_from_dict(vm, set, AS_DICT(iterable));
  }
  return container_each(vm, iterable, add_one, set);
}

/* A new set of [like]'s base type holding the elements of [src]. */
static ObjSet *copy_of(EddyVM *vm, ObjSet *like, Value src) {
  ObjSet *result = new_like(vm, like);
  if (!result) return NULL;
  gc_push_root(vm, OBJ_VAL(result));
  bool ok = set_update(vm, result, src);
  gc_pop_roots(vm, 1);
  return ok ? result : NULL;
}

/* Exchanges the contents of [a] and [b] (set_swap_bodies). */
static void swap_bodies(ObjSet *a, ObjSet *b) {
  ObjDict *t = a->table;
  a->table = b->table;
  b->table = t;
  if (a->frozen && b->frozen) {
    int64_t h = a->hash;
    a->hash = b->hash;
    b->hash = h;
  } else {
    a->hash = b->hash = -1;
  }
}

/* ---- algebra ---------------------------------------------------------- */

/* [*out] = [set] & [other] (set_intersection). */
static bool intersection(EddyVM *vm, ObjSet *set, Value other, ObjSet **out);

/* Intersection of two sets: walks the smaller, probing the larger. */
static bool intersect_sets(EddyVM *vm, ObjSet *a, ObjSet *b, ObjSet *result) {
  if (b->table->count > a->table->count) {
    ObjSet *t = a;
    a = b;
    b = t;
  }
  size_t pos = 0;
  for (DictEntry *e; (e = next_entry(b, &pos)) != NULL;) {
    DictEntry entry = *e;
    bool found;
    gc_push_root(vm, entry.key);
    bool ok = contains_entry(vm, a, entry.key, entry.hash, &found) &&
              (!found || add_entry(vm, result, entry.key, entry.hash));
    gc_pop_roots(vm, 1);
    if (!ok) return false;
  }
  return true;
}

/* State of an intersection with an iterable. */
typedef struct Intersect {
  ObjSet *set;    /* the set intersected */
  ObjSet *result; /* the elements found so far */
  bool full;      /* every element of [set] was found: stop early */
} Intersect;

/* container_each callback of intersection with an iterable. */
static bool intersect_one(EddyVM *vm, Value item, void *ctx) {
  Intersect *state = ctx;
  if (state->full) return true;
  int64_t hash;
  bool found;
  if (!dict_hash_key(vm, item, &hash) ||
      !contains_entry(vm, state->set, item, hash, &found)) {
    return false;
  }
  if (found && !add_entry(vm, state->result, item, hash)) return false;
  state->full = state->result->table->count >= state->set->table->count;
  return true;
}

static bool intersection(EddyVM *vm, ObjSet *set, Value other, ObjSet **out) {
  if (IS_OBJ(other) && AS_OBJ(other) == (Obj *)set) {
    *out = copy_of(vm, set, other);
    return *out != NULL;
  }
  ObjSet *result = new_like(vm, set);
  if (!result) return false;
  gc_push_root(vm, OBJ_VAL(result));
  bool ok;
  if (IS_SET(other)) {
    ok = intersect_sets(vm, set, AS_SET(other), result);
  } else {
    Intersect state = {set, result, false};
    ok = container_each(vm, other, intersect_one, &state);
  }
  gc_pop_roots(vm, 1);
  *out = result;
  return ok;
}

/* container_each callback: discards [item] from the set [ctx]. */
static bool discard_one(EddyVM *vm, Value item, void *ctx) {
  int64_t hash;
  bool found;
  return dict_hash_key(vm, item, &hash) &&
         discard_entry(vm, (ObjSet *)ctx, item, hash, &found);
}

/* Discards every element of the set [other] from [set]. */
static bool discard_set(EddyVM *vm, ObjSet *set, ObjSet *other) {
  size_t pos = 0;
  for (DictEntry *e; (e = next_entry(other, &pos)) != NULL;) {
    DictEntry entry = *e;
    bool found;
    gc_push_root(vm, entry.key);
    bool ok = discard_entry(vm, set, entry.key, entry.hash, &found);
    gc_pop_roots(vm, 1);
    if (!ok) return false;
  }
  return true;
}

/* [set] -= [other] (set_difference_update_internal). */
static bool difference_update(EddyVM *vm, ObjSet *set, Value other) {
  if (IS_OBJ(other) && AS_OBJ(other) == (Obj *)set) {
    clear_table(vm, set);
    return true;
  }
  bool ok;
  if (IS_SET(other)) {
    ObjSet *src = AS_SET(other);
    /* Much larger: only the common elements matter. */
    if ((src->table->count >> 3) > set->table->count &&
        !intersection(vm, set, other, &src)) {
      return false;
    }
    gc_push_root(vm, OBJ_VAL(src));
    ok = discard_set(vm, set, src);
    gc_pop_roots(vm, 1);
  } else {
    ok = container_each(vm, other, discard_one, set);
  }
  if (!ok) return false;
  ObjDict *t = set->table;
  if (t->used - t->count <= mask_of(t) / 4) return true;
  return resize(vm, set, t->count > 50000 ? t->count * 2 : t->count * 4);
}

/* [*found] = [key] (with [hash]) is in [other], a set or an exact dict. */
static bool in_set_or_dict(EddyVM *vm, Value other, Value key, int64_t hash,
                           bool *found) {
  if (IS_SET(other)) return contains_entry(vm, AS_SET(other), key, hash, found);
  Value ignored;
  return dict_get_hashed(vm, AS_DICT(other), key, hash, &ignored, found);
}

/* [set] - [other] built by walking [set] and keeping what [other] (a set
 * or an exact dict) lacks. */
static bool difference_by_walk(EddyVM *vm, ObjSet *set, Value other,
                               ObjSet **out) {
  ObjSet *result = new_like(vm, set);
  if (!result) return false;
  gc_push_root(vm, OBJ_VAL(result));
  size_t pos = 0;
  bool ok = true;
  for (DictEntry *e; ok && (e = next_entry(set, &pos)) != NULL;) {
    DictEntry entry = *e;
    bool found;
    gc_push_root(vm, entry.key);
    ok = in_set_or_dict(vm, other, entry.key, entry.hash, &found) &&
         (found || add_entry(vm, result, entry.key, entry.hash));
    gc_pop_roots(vm, 1);
  }
  gc_pop_roots(vm, 1);
  *out = result;
  return ok;
}

/* [*out] = [set] - [other] (set_difference): walks [set] when [other] is
 * a set or dict not much smaller, else copies [set] and removes. */
static bool difference(EddyVM *vm, ObjSet *set, Value other, ObjSet **out) {
  bool sized = IS_SET(other) || container_is_exact(other, vm->types.dict);
  size_t other_size = !sized          ? 0
                      : IS_SET(other) ? AS_SET(other)->table->count
                                      : AS_DICT(other)->count;
  if (sized && (set->table->count >> 2) <= other_size) {
    return difference_by_walk(vm, set, other, out);
  }
  *out = copy_of(vm, set, OBJ_VAL(set));
  if (!*out) return false;
  gc_push_root(vm, OBJ_VAL(*out));
  bool ok = difference_update(vm, *out, other);
  gc_pop_roots(vm, 1);
  return ok;
}

/* Toggles [key] with [hash] in [set]. */
static bool toggle(EddyVM *vm, ObjSet *set, Value key, int64_t hash) {
  bool found;
  gc_push_root(vm, key);
  bool ok = discard_entry(vm, set, key, hash, &found) &&
            (found || add_entry(vm, set, key, hash));
  gc_pop_roots(vm, 1);
  return ok;
}

/* [set] ^= [other] (set_symmetric_difference_update). */
static bool symmetric_update(EddyVM *vm, ObjSet *set, Value other) {
  if (IS_OBJ(other) && AS_OBJ(other) == (Obj *)set) {
    clear_table(vm, set);
    return true;
  }
  if (container_is_exact(other, vm->types.dict)) {
    ObjDict *dict = AS_DICT(other);
    for (size_t i = 0; i < dict->used; i++) {
      DictEntry entry = dict->entries[i];
      if (!IS_UNDEF(entry.key) && !toggle(vm, set, entry.key, entry.hash)) {
        return false;
      }
    }
    return true;
  }
  ObjSet *src = IS_SET(other) ? AS_SET(other) : copy_of(vm, set, other);
  if (!src) return false;
  gc_push_root(vm, OBJ_VAL(src));
  size_t pos = 0;
  bool ok = true;
  for (DictEntry *e; ok && (e = next_entry(src, &pos)) != NULL;) {
    DictEntry entry = *e;
    ok = toggle(vm, set, entry.key, entry.hash);
  }
  gc_pop_roots(vm, 1);
  return ok;
}

/* [*out] = [set] ^ [other]: a copy of [other] toggled by [set]. */
static bool symmetric_difference(EddyVM *vm, ObjSet *set, Value other,
                                 ObjSet **out) {
  *out = copy_of(vm, set, other);
  if (!*out) return false;
  gc_push_root(vm, OBJ_VAL(*out));
  bool ok = symmetric_update(vm, *out, OBJ_VAL(set));
  gc_pop_roots(vm, 1);
  return ok;
}

/* [*out] = every element of [set] is in the set [other]. */
static bool subset_of_set(EddyVM *vm, ObjSet *set, ObjSet *other, bool *out) {
  *out = set->table->count <= other->table->count;
  size_t pos = 0;
  for (DictEntry *e; *out && (e = next_entry(set, &pos)) != NULL;) {
    DictEntry entry = *e;
    gc_push_root(vm, entry.key);
    bool ok = contains_entry(vm, other, entry.key, entry.hash, out);
    gc_pop_roots(vm, 1);
    if (!ok) return false;
  }
  return true;
}

/* [*out] = [set] <= [other] for any iterable [other] (set_issubset). */
static bool issubset(EddyVM *vm, ObjSet *set, Value other, bool *out) {
  if (IS_SET(other)) return subset_of_set(vm, set, AS_SET(other), out);
  ObjSet *common;
  if (!intersection(vm, set, other, &common)) return false;
  *out = common->table->count == set->table->count;
  return true;
}

/* container_each callback of issuperset: clears the flag [ctx] at the
 * first item missing from the set. */
typedef struct Superset {
  ObjSet *set; /* the candidate superset */
  bool all;    /* every item so far is in [set] */
} Superset;

static bool superset_one(EddyVM *vm, Value item, void *ctx) {
  Superset *state = ctx;
  if (!state->all) return true;
  return set_contains(vm, state->set, item, &state->all);
}

/* [*out] = [set] >= [other] for any iterable [other]. */
static bool issuperset(EddyVM *vm, ObjSet *set, Value other, bool *out) {
  if (IS_SET(other)) return subset_of_set(vm, AS_SET(other), set, out);
  Superset state = {set, true};
  if (!container_each(vm, other, superset_one, &state)) return false;
  *out = state.all;
  return true;
}

/* State of isdisjoint over an iterable. */
typedef struct Disjoint {
  ObjSet *set;   /* the set tested */
  bool disjoint; /* no common element found yet */
} Disjoint;

static bool disjoint_one(EddyVM *vm, Value item, void *ctx) {
  Disjoint *state = ctx;
  if (!state->disjoint) return true;
  bool found;
  if (!set_contains(vm, state->set, item, &found)) return false;
  state->disjoint = !found;
  return true;
}

/* [*out] = [set] and [other] have no common element. */
static bool isdisjoint(EddyVM *vm, ObjSet *set, Value other, bool *out) {
  if (IS_OBJ(other) && AS_OBJ(other) == (Obj *)set) {
    *out = set->table->count == 0;
    return true;
  }
  Value iterable = other;
  if (IS_SET(other) && AS_SET(other)->table->count > set->table->count) {
    iterable = OBJ_VAL(set); /* walk the smaller one */
    set = AS_SET(other);
  }
  Disjoint state = {set, true};
  if (!container_each(vm, iterable, disjoint_one, &state)) return false;
  *out = state.disjoint;
  return true;
}

/* ---- operators -------------------------------------------------------- */

/* Sets [*out] to NotImplemented unless both operands are sets. */
static bool both_sets(EddyVM *vm, Value a, Value b, Value *out) {
  if (IS_SET(a) && IS_SET(b)) return true;
  *out = vm->not_implemented;
  return false;
}

bool set_or(EddyVM *vm, Value a, Value b, Value *out) {
  if (!both_sets(vm, a, b, out)) return true;
  ObjSet *result = copy_of(vm, AS_SET(a), a);
  if (!result) return false;
  *out = OBJ_VAL(result);
  if (value_is(a, b)) return true;
  gc_push_root(vm, *out);
  bool ok = merge(vm, result, AS_SET(b));
  gc_pop_roots(vm, 1);
  return ok;
}

bool set_and(EddyVM *vm, Value a, Value b, Value *out) {
  if (!both_sets(vm, a, b, out)) return true;
  ObjSet *result;
  if (!intersection(vm, AS_SET(a), b, &result)) return false;
  *out = OBJ_VAL(result);
  return true;
}

bool set_sub(EddyVM *vm, Value a, Value b, Value *out) {
  if (!both_sets(vm, a, b, out)) return true;
  ObjSet *result;
  if (!difference(vm, AS_SET(a), b, &result)) return false;
  *out = OBJ_VAL(result);
  return true;
}

bool set_xor(EddyVM *vm, Value a, Value b, Value *out) {
  if (!both_sets(vm, a, b, out)) return true;
  ObjSet *result;
  if (!symmetric_difference(vm, AS_SET(a), b, &result)) return false;
  *out = OBJ_VAL(result);
  return true;
}

/* Sets [*out] to NotImplemented unless [a] is a mutable set and [b] a
 * set. */
static bool inplace_ok(EddyVM *vm, Value a, Value b, Value *out) {
  if (IS_SET(a) && !AS_SET(a)->frozen && IS_SET(b)) {
    *out = a;
    return true;
  }
  *out = vm->not_implemented;
  return false;
}

bool set_inplace_or(EddyVM *vm, Value a, Value b, Value *out) {
  if (!inplace_ok(vm, a, b, out)) return true;
  return merge(vm, AS_SET(a), AS_SET(b));
}

bool set_inplace_and(EddyVM *vm, Value a, Value b, Value *out) {
  if (!inplace_ok(vm, a, b, out)) return true;
  ObjSet *result;
  if (!intersection(vm, AS_SET(a), b, &result)) return false;
  swap_bodies(AS_SET(a), result);
  return true;
}

bool set_inplace_sub(EddyVM *vm, Value a, Value b, Value *out) {
  if (!inplace_ok(vm, a, b, out)) return true;
  return difference_update(vm, AS_SET(a), b);
}

bool set_inplace_xor(EddyVM *vm, Value a, Value b, Value *out) {
  if (!inplace_ok(vm, a, b, out)) return true;
  return symmetric_update(vm, AS_SET(a), b);
}

/* [*out] = [a] == [b] for two sets. */
static bool sets_equal(EddyVM *vm, ObjSet *a, ObjSet *b, bool *out) {
  if (a->table->count != b->table->count ||
      (a->hash != -1 && b->hash != -1 && a->hash != b->hash)) {
    *out = false;
    return true;
  }
  return subset_of_set(vm, a, b, out);
}

bool set_compare(EddyVM *vm, CompareOp op, Value a, Value b, Value *out) {
  if (!IS_SET(b)) {
    *out = vm->not_implemented;
    return true;
  }
  ObjSet *x = AS_SET(a), *y = AS_SET(b);
  size_t nx = x->table->count, ny = y->table->count;
  bool result = false, ok = true;
  switch (op) {
  case COMPARE_EQ: ok = sets_equal(vm, x, y, &result); break;
  case COMPARE_NE:
    ok = sets_equal(vm, x, y, &result);
    result = !result;
    break;
  case COMPARE_LE: ok = subset_of_set(vm, x, y, &result); break;
  case COMPARE_GE: ok = subset_of_set(vm, y, x, &result); break;
  case COMPARE_LT:
    if (nx < ny) ok = subset_of_set(vm, x, y, &result);
    break;
  case COMPARE_GT:
    if (nx > ny) ok = subset_of_set(vm, y, x, &result);
    break;
  }
  if (!ok) return false;
  *out = BOOL_VAL(result);
  return true;
}

/* ---- TypeOps ---------------------------------------------------------- */

/* Appends "e1, e2, ..." for the elements of [set] (from a snapshot). */
static bool repr_elements(EddyVM *vm, ObjSet *set, ByteBuf *out) {
  ObjList *items = list_new(vm, set->table->count);
  if (!items) return false;
  size_t pos = 0;
  Value key;
  while (set_next(set, &pos, &key)) items->items[items->length++] = key;
  gc_push_root(vm, OBJ_VAL(items));
  bool ok = true;
  for (size_t i = 0; ok && i < items->length; i++) {
    if (i > 0) ok = buf_puts(out, ", ") || vm_raise_memory(vm);
    ok = ok && value_repr(vm, items->items[i], out);
  }
  gc_pop_roots(vm, 1);
  return ok;
}

static bool set_repr(EddyVM *vm, Value v, ByteBuf *out) {
  ObjSet *set = AS_SET(v);
  const char *name = AS_OBJ(v)->cls->name->chars;
  bool plain = AS_OBJ(v)->cls == vm->types.set;
  if (set->table->count == 0) {
    return buf_printf(out, "%s()", name) || vm_raise_memory(vm);
  }
  bool busy;
  if (!container_repr_enter(vm, v, &busy)) return false;
  if (busy) return buf_printf(out, "%s(...)", name) || vm_raise_memory(vm);
  bool ok = (plain ? buf_putc(out, '{') : buf_printf(out, "%s({", name)) ||
            vm_raise_memory(vm);
  ok = ok && repr_elements(vm, set, out);
  ok = ok && (buf_puts(out, plain ? "}" : "})") || vm_raise_memory(vm));
  container_repr_leave(vm, v);
  return ok;
}

static bool frozenset_hash(EddyVM *vm, Value v, int64_t *out) {
  (void)vm;
  ObjSet *set = AS_SET(v);
  if (set->hash == -1) set->hash = elements_hash(set);
  *out = set->hash;
  return true;
}

static bool set_eq(EddyVM *vm, Value a, Value b, bool *out) {
  if (!IS_SET(b)) {
    *out = false;
    return true;
  }
  return sets_equal(vm, AS_SET(a), AS_SET(b), out);
}

static bool set_iter(EddyVM *vm, Value v, Value *out) {
  return iterator_new_set(vm, AS_SET(v), out);
}

static bool set_len(EddyVM *vm, Value v, int64_t *out) {
  (void)vm;
  *out = (int64_t)AS_SET(v)->table->count;
  return true;
}

static bool set_contains_op(EddyVM *vm, Value v, Value key, bool *out) {
  return set_contains(vm, AS_SET(v), key, out);
}

static bool set_truth(EddyVM *vm, Value v, bool *out) {
  (void)vm;
  *out = AS_SET(v)->table->count > 0;
  return true;
}

/* The operators | & - ^ and their in-place forms, for the arithmetic
 * dispatch: handled only when both operands are sets. A frozenset's
 * in-place operators make a new frozenset, as CPython's do. */
static bool set_binary(EddyVM *vm, int op, Value a, Value b, bool inplace,
                       Value *out, bool *handled) {
  *handled = IS_SET(a) && IS_SET(b) &&
             (op == BINOP_BITOR || op == BINOP_BITAND || op == BINOP_SUB ||
              op == BINOP_BITXOR);
  if (!*handled) return true;
  if (inplace && !AS_SET(a)->frozen) {
    switch (op) {
    case BINOP_BITOR: return set_inplace_or(vm, a, b, out);
    case BINOP_BITAND: return set_inplace_and(vm, a, b, out);
    case BINOP_SUB: return set_inplace_sub(vm, a, b, out);
    default: return set_inplace_xor(vm, a, b, out);
    }
  }
  switch (op) {
  case BINOP_BITOR: return set_or(vm, a, b, out);
  case BINOP_BITAND: return set_and(vm, a, b, out);
  case BINOP_SUB: return set_sub(vm, a, b, out);
  default: return set_xor(vm, a, b, out);
  }
}

static const TypeOps set_ops = {
    .repr = set_repr,
    .eq = set_eq,
    .iter = set_iter,
    .len = set_len,
    .contains = set_contains_op,
    .truth = set_truth,
    .binary = set_binary,
};

static const TypeOps frozenset_ops = {
    .repr = set_repr,
    .hash = frozenset_hash,
    .eq = set_eq,
    .iter = set_iter,
    .len = set_len,
    .contains = set_contains_op,
    .truth = set_truth,
    .binary = set_binary,
};

/* ---- constructors ----------------------------------------------------- */

/* set(iterable=()). A subclass gets an empty set here and is filled by
 * __init__. */
static bool set_construct(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  ObjClass *cls = AS_CLASS(args[0]);
  bool exact = cls == vm->types.set;
  if (exact && (!native_no_kwargs(vm, "set", kwnames) ||
                !native_check_count(vm, "set", nargs - 1, 0, 1))) {
    return false;
  }
  ObjSet *set = set_new_of(vm, cls);
  if (!set) return false;
  *result = OBJ_VAL(set);
  if (!exact || nargs < 2) return true;
  gc_push_root(vm, *result);
  bool ok = set_update(vm, set, args[1]);
  gc_pop_roots(vm, 1);
  return ok;
}

/* frozenset(iterable=()); frozenset(f) of an exact frozenset is f. */
static bool frozenset_construct(EddyVM *vm, Value *args, int nargs,
                                ObjTuple *kwnames, Value *result) {
  ObjClass *cls = AS_CLASS(args[0]);
  bool exact = cls == vm->types.frozenset;
  if (exact && (!native_no_kwargs(vm, "frozenset", kwnames) ||
                !native_check_count(vm, "frozenset", nargs - 1, 0, 1))) {
    return false;
  }
  if (exact && nargs == 2 && container_is_exact(args[1], vm->types.frozenset)) {
    *result = args[1];
    return true;
  }
  ObjSet *set = set_new_of(vm, cls);
  if (!set) return false;
  *result = OBJ_VAL(set);
  if (nargs < 2) return true;
  gc_push_root(vm, *result);
  bool ok = set_update(vm, set, args[1]);
  gc_pop_roots(vm, 1);
  return ok;
}

/* ---- methods ---------------------------------------------------------- */

/* Declares the MethodSpec [var] of set.[name]. */
#define SET_SPEC(var, name, min, max)                                          \
  static const MethodSpec var = {OBJ_SET, "set", name, min, max, false}

SET_SPEC(INIT, "__init__", 0, 1);
SET_SPEC(ADD, "add", 1, 1);
SET_SPEC(CLEAR, "clear", 0, 0);
SET_SPEC(COPY, "copy", 0, 0);
SET_SPEC(DISCARD, "discard", 1, 1);
SET_SPEC(REMOVE, "remove", 1, 1);
SET_SPEC(POP, "pop", 0, 0);
SET_SPEC(UNION, "union", 0, -1);
SET_SPEC(UPDATE, "update", 0, -1);
SET_SPEC(INTERSECTION, "intersection", 0, -1);
SET_SPEC(INTERSECTION_UPDATE, "intersection_update", 0, -1);
SET_SPEC(DIFFERENCE, "difference", 0, -1);
SET_SPEC(DIFFERENCE_UPDATE, "difference_update", 0, -1);
SET_SPEC(SYMMETRIC_DIFFERENCE, "symmetric_difference", 1, 1);
SET_SPEC(SYMMETRIC_DIFFERENCE_UPDATE, "symmetric_difference_update", 1, 1);
SET_SPEC(ISDISJOINT, "isdisjoint", 1, 1);
SET_SPEC(ISSUBSET, "issubset", 1, 1);
SET_SPEC(ISSUPERSET, "issuperset", 1, 1);
SET_SPEC(CONTAINS, "__contains__", 1, 1);
SET_SPEC(LEN, "__len__", 0, 0);

/* set.__init__(self, iterable=()) */
static bool set_init_method(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &INIT, args, nargs, kwnames)) return false;
  ObjSet *set = AS_SET(args[0]);
  if (set->table->used > 0) clear_table(vm, set);
  *result = NONE_VAL;
  return nargs < 2 || set_update(vm, set, args[1]);
}

/* set.add(x) */
static bool set_add_method(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &ADD, args, nargs, kwnames)) return false;
  *result = NONE_VAL;
  return set_add(vm, AS_SET(args[0]), args[1]);
}

/* set.clear() */
static bool set_clear_method(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &CLEAR, args, nargs, kwnames)) return false;
  clear_table(vm, AS_SET(args[0]));
  *result = NONE_VAL;
  return true;
}

/* set.copy() and frozenset.copy() (an exact frozenset is its own
 * copy). */
static bool set_copy_method(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &COPY, args, nargs, kwnames)) return false;
  if (container_is_exact(args[0], vm->types.frozenset)) {
    *result = args[0];
    return true;
  }
  ObjSet *copy = copy_of(vm, AS_SET(args[0]), args[0]);
  if (!copy) return false;
  *result = OBJ_VAL(copy);
  return true;
}

/* set.discard(x) */
static bool set_discard_method(EddyVM *vm, Value *args, int nargs,
                               ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &DISCARD, args, nargs, kwnames)) return false;
  bool found;
  *result = NONE_VAL;
  return set_discard(vm, AS_SET(args[0]), args[1], &found);
}

/* set.remove(x): KeyError(x) when absent. */
static bool set_remove_method(EddyVM *vm, Value *args, int nargs,
                              ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &REMOVE, args, nargs, kwnames)) return false;
  bool found;
  if (!set_discard(vm, AS_SET(args[0]), args[1], &found)) return false;
  *result = NONE_VAL;
  return found || dict_raise_key_error(vm, args[1]);
}

/* set.pop(): the first element from where the last pop stopped. */
static bool set_pop_method(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &POP, args, nargs, kwnames)) return false;
  ObjSet *set = AS_SET(args[0]);
  ObjDict *t = set->table;
  if (t->count == 0) {
    return vm_raise(vm, vm->exc.KeyError, "pop from an empty set");
  }
  size_t slot = set->finger & (t->index_cap - 1);
  while (!slot_active(t, slot)) slot = (slot + 1) & (t->index_cap - 1);
  *result = slot_entry(t, slot)->key;
  remove_slot(set, slot);
  set->finger = slot + 1;
  return true;
}

/* set.union(*others) */
static bool set_union_method(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &UNION, args, nargs, kwnames)) return false;
  ObjSet *union_set = copy_of(vm, AS_SET(args[0]), args[0]);
  if (!union_set) return false;
  *result = OBJ_VAL(union_set);
  gc_push_root(vm, *result);
  bool ok = true;
  for (int i = 1; ok && i < nargs; i++) {
    if (!value_is(args[i], args[0])) ok = set_update(vm, union_set, args[i]);
  }
  gc_pop_roots(vm, 1);
  return ok;
}

/* set.update(*others) */
static bool set_update_method(EddyVM *vm, Value *args, int nargs,
                              ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &UPDATE, args, nargs, kwnames)) return false;
  *result = NONE_VAL;
  for (int i = 1; i < nargs; i++) {
    if (!set_update(vm, AS_SET(args[0]), args[i])) return false;
  }
  return true;
}

/* The intersection of args[0] with every later argument, in [*out]. */
static bool intersection_multi(EddyVM *vm, Value *args, int nargs,
                               ObjSet **out) {
  if (nargs == 1) {
    *out = copy_of(vm, AS_SET(args[0]), args[0]);
    return *out != NULL;
  }
  *out = AS_SET(args[0]);
  for (int i = 1; i < nargs; i++) {
    gc_push_root(vm, OBJ_VAL(*out));
    bool ok = intersection(vm, *out, args[i], out);
    gc_pop_roots(vm, 1);
    if (!ok) return false;
  }
  return true;
}

/* set.intersection(*others) */
static bool set_intersection_method(EddyVM *vm, Value *args, int nargs,
                                    ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &INTERSECTION, args, nargs, kwnames)) {
    return false;
  }
  ObjSet *common;
  if (!intersection_multi(vm, args, nargs, &common)) return false;
  *result = OBJ_VAL(common);
  return true;
}

/* set.intersection_update(*others) */
static bool set_intersection_update_method(EddyVM *vm, Value *args, int nargs,
                                           ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &INTERSECTION_UPDATE, args, nargs, kwnames)) {
    return false;
  }
  ObjSet *common;
  if (!intersection_multi(vm, args, nargs, &common)) return false;
  if (common != AS_SET(args[0])) swap_bodies(AS_SET(args[0]), common);
  *result = NONE_VAL;
  return true;
}

/* set.difference(*others) */
static bool set_difference_method(EddyVM *vm, Value *args, int nargs,
                                  ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &DIFFERENCE, args, nargs, kwnames)) return false;
  ObjSet *diff;
  bool ok = nargs == 1 ? (diff = copy_of(vm, AS_SET(args[0]), args[0])) != NULL
                       : difference(vm, AS_SET(args[0]), args[1], &diff);
  if (!ok) return false;
  *result = OBJ_VAL(diff);
  gc_push_root(vm, *result);
  for (int i = 2; ok && i < nargs; i++) {
    ok = difference_update(vm, diff, args[i]);
  }
  gc_pop_roots(vm, 1);
  return ok;
}

/* set.difference_update(*others) */
static bool set_difference_update_method(EddyVM *vm, Value *args, int nargs,
                                         ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &DIFFERENCE_UPDATE, args, nargs, kwnames)) {
    return false;
  }
  *result = NONE_VAL;
  for (int i = 1; i < nargs; i++) {
    if (!difference_update(vm, AS_SET(args[0]), args[i])) return false;
  }
  return true;
}

/* set.symmetric_difference(other) */
static bool set_symmetric_difference_method(EddyVM *vm, Value *args, int nargs,
                                            ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &SYMMETRIC_DIFFERENCE, args, nargs, kwnames)) {
    return false;
  }
  ObjSet *diff;
  if (!symmetric_difference(vm, AS_SET(args[0]), args[1], &diff)) {
    return false;
  }
  *result = OBJ_VAL(diff);
  return true;
}

/* set.symmetric_difference_update(other) */
static bool set_symmetric_update_method(EddyVM *vm, Value *args, int nargs,
                                        ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &SYMMETRIC_DIFFERENCE_UPDATE, args, nargs,
                        kwnames)) {
    return false;
  }
  *result = NONE_VAL;
  return symmetric_update(vm, AS_SET(args[0]), args[1]);
}

/* A predicate method: checks [spec], then [*result] = [test](self,
 * other). */
static bool predicate(EddyVM *vm, const MethodSpec *spec,
                      bool (*test)(EddyVM *, ObjSet *, Value, bool *),
                      Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  if (!container_method(vm, spec, args, nargs, kwnames)) return false;
  bool answer;
  if (!test(vm, AS_SET(args[0]), args[1], &answer)) return false;
  *result = BOOL_VAL(answer);
  return true;
}

/* set.isdisjoint(other) */
static bool set_isdisjoint_method(EddyVM *vm, Value *args, int nargs,
                                  ObjTuple *kwnames, Value *result) {
  return predicate(vm, &ISDISJOINT, isdisjoint, args, nargs, kwnames, result);
}

/* set.issubset(other) */
static bool set_issubset_method(EddyVM *vm, Value *args, int nargs,
                                ObjTuple *kwnames, Value *result) {
  return predicate(vm, &ISSUBSET, issubset, args, nargs, kwnames, result);
}

/* set.issuperset(other) */
static bool set_issuperset_method(EddyVM *vm, Value *args, int nargs,
                                  ObjTuple *kwnames, Value *result) {
  return predicate(vm, &ISSUPERSET, issuperset, args, nargs, kwnames, result);
}

/* x in set, as a predicate. */
static bool contains_test(EddyVM *vm, ObjSet *set, Value key, bool *out) {
  return set_contains(vm, set, key, out);
}

/* set.__contains__(x) */
static bool set_contains_method(EddyVM *vm, Value *args, int nargs,
                                ObjTuple *kwnames, Value *result) {
  return predicate(vm, &CONTAINS, contains_test, args, nargs, kwnames, result);
}

/* set.__len__() */
static bool set_len_method(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &LEN, args, nargs, kwnames)) return false;
  *result = INT_VAL((int64_t)AS_SET(args[0])->table->count);
  return true;
}

/* A method name and its implementation. */
typedef struct SetMethod {
  const char *name; /* method name */
  NativeFn fn;      /* its implementation */
  bool mutates;     /* set only, not frozenset */
} SetMethod;

static const SetMethod set_methods[] = {
    {"__init__", set_init_method, true},
    {"add", set_add_method, true},
    {"clear", set_clear_method, true},
    {"discard", set_discard_method, true},
    {"remove", set_remove_method, true},
    {"pop", set_pop_method, true},
    {"update", set_update_method, true},
    {"intersection_update", set_intersection_update_method, true},
    {"difference_update", set_difference_update_method, true},
    {"symmetric_difference_update", set_symmetric_update_method, true},
    {"copy", set_copy_method, false},
    {"union", set_union_method, false},
    {"intersection", set_intersection_method, false},
    {"difference", set_difference_method, false},
    {"symmetric_difference", set_symmetric_difference_method, false},
    {"isdisjoint", set_isdisjoint_method, false},
    {"issubset", set_issubset_method, false},
    {"issuperset", set_issuperset_method, false},
    {"__contains__", set_contains_method, false},
    {"__len__", set_len_method, false},
    {"__iter__", container_iter_method, false},
};

bool set_install(EddyVM *vm) {
  vm->types.set->ops = &set_ops;
  vm->types.set->construct = set_construct;
  vm->types.frozenset->ops = &frozenset_ops;
  vm->types.frozenset->construct = frozenset_construct;
  for (size_t i = 0; i < sizeof set_methods / sizeof set_methods[0]; i++) {
    const SetMethod *m = &set_methods[i];
    if (!native_method(vm, vm->types.set, m->name, m->fn) ||
        (!m->mutates &&
         !native_method(vm, vm->types.frozenset, m->name, m->fn))) {
      return false;
    }
  }
  return true;
}
