/* obj_dict.c: the compact, insertion-ordered hash table (see obj_dict.h)
 * and the dict class: constructor, TypeOps and methods. */
#include "vm/obj_dict.h"

#include <string.h>

#include "parser/ast.h"
#include "vm/container.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_iterator.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/protocol.h"

/* Smallest index table, in slots. */
#define DICT_MIN_SLOTS 8
/* Bits of the hash that each probe step folds in. */
#define PERTURB_SHIFT 5
/* Index slot markers. */
#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
/* Largest index table: entry numbers are int32. */
#define DICT_MAX_SLOTS ((size_t)1 << 30)

/* Entries an index of [slots] slots may hold: 2/3 of it. */
static size_t usable(size_t slots) { return slots * 2 / 3; }

/* The next slot of the probe sequence after [i]. */
static size_t next_slot(size_t i, uint64_t *perturb, size_t mask) {
  *perturb >>= PERTURB_SHIFT;
  return (i * 5 + (size_t)*perturb + 1) & mask;
}

/* ---- allocation ------------------------------------------------------- */

ObjDict *dict_new_of(EddyVM *vm, ObjClass *cls) {
  ObjDict *dict = (ObjDict *)gc_new_object(vm, sizeof(ObjDict), OBJ_DICT, cls);
  return dict; /* zeroed: no tables until the first insertion */
}

ObjDict *dict_new(EddyVM *vm) { return dict_new_of(vm, vm->types.dict); }

/* A slot of [index] (mask [mask]) that is empty or deleted, on the probe
 * sequence of [hash]. */
static size_t find_free_slot(const int32_t *index, size_t mask, int64_t hash) {
  uint64_t perturb = (uint64_t)hash;
  size_t i = (size_t)hash & mask;
  while (index[i] >= 0) i = next_slot(i, &perturb, mask);
  return i;
}

/* Rebuilds [dict] with an index of at least [want] slots, keeping only
 * live entries (in order). */
static bool resize(EddyVM *vm, ObjDict *dict, size_t want) {
  size_t slots = DICT_MIN_SLOTS;
  while (slots < want && slots < DICT_MAX_SLOTS) slots <<= 1;
  if (slots < want) return vm_raise_memory(vm);
  size_t cap = usable(slots);
  DictEntry *entries = gc_realloc(vm, NULL, 0, cap * sizeof(DictEntry));
  if (!entries) return false;
  int32_t *index = gc_realloc(vm, NULL, 0, slots * sizeof(int32_t));
  if (!index) {
    gc_realloc(vm, entries, cap * sizeof(DictEntry), 0);
    return false;
  }
  memset(index, 0xff, slots * sizeof(int32_t)); /* all IX_EMPTY */
  size_t n = 0;
  for (size_t i = 0; i < dict->used; i++) {
    if (IS_UNDEF(dict->entries[i].key)) continue;
    entries[n] = dict->entries[i];
    index[find_free_slot(index, slots - 1, entries[n].hash)] = (int32_t)n;
    n++;
  }
  gc_realloc(vm, dict->entries, dict->entry_cap * sizeof(DictEntry), 0);
  gc_realloc(vm, dict->index, dict->index_cap * sizeof(int32_t), 0);
  dict->entries = entries;
  dict->entry_cap = cap;
  dict->index = index;
  dict->index_cap = slots;
  dict->used = n;
  dict_touch_keys(dict);
  return true;
}

/* Appends a new entry for [key] (known absent) with [hash]. [key] and
 * [value] are rooted while the table grows. */
static bool insert_new(EddyVM *vm, ObjDict *dict, Value key, int64_t hash,
                       Value value) {
  if (dict->used == dict->entry_cap) {
    gc_push_root(vm, key);
    gc_push_root(vm, value);
    bool ok = resize(vm, dict, dict->count * 3);
    gc_pop_roots(vm, 2);
    if (!ok) return false;
  }
  size_t slot = find_free_slot(dict->index, dict->index_cap - 1, hash);
  dict->index[slot] = (int32_t)dict->used;
  dict->entries[dict->used++] = (DictEntry){key, value, hash};
  dict->count++;
  dict_touch_keys(dict);
  return true;
}

/* Marks the entry in [slot] deleted. */
static void remove_at(ObjDict *dict, size_t slot) {
  DictEntry *entry = &dict->entries[dict->index[slot]];
  entry->key = UNDEF_VAL;
  entry->value = UNDEF_VAL;
  dict->index[slot] = IX_DUMMY;
  dict->count--;
  dict_touch_keys(dict);
}

/* ---- lookup ----------------------------------------------------------- */

bool dict_hash_key(EddyVM *vm, Value key, int64_t *out) {
  if (IS_STR(key) && AS_OBJ(key)->cls == vm->types.str) {
    *out = str_hash(AS_STR(key));
    return true;
  }
  if (IS_INT(key) && AS_INT(key) >= 0 &&
      (uint64_t)AS_INT(key) < ((uint64_t)1 << 61) - 1) {
    *out = AS_INT(key); /* CPython's hash of a small non-negative int */
    return true;
  }
  return value_hash(vm, key, out);
}

/* Compares two keys without calling back when their types allow it:
 * 1 equal, 0 different, -1 unknown (ask value_eq). */
static int quick_eq(Value a, Value b) {
  if (IS_SMALLINT_LIKE(a) && IS_SMALLINT_LIKE(b)) {
    return AS_SMALLINT(a) == AS_SMALLINT(b);
  }
  if (IS_STR(a) && IS_STR(b)) return str_equal(AS_STR(a), AS_STR(b));
  return -1;
}

/* Finds [key] with [hash]: [*slot] gets its index slot, or -1 when it is
 * absent. Restarts when an __eq__ called on the way changes the dict. */
static bool lookup(EddyVM *vm, ObjDict *dict, Value key, int64_t hash,
                   int64_t *slot) {
restart:
  *slot = -1;
  if (dict->index_cap == 0) return true;
  size_t mask = dict->index_cap - 1;
  uint64_t perturb = (uint64_t)hash;
  for (size_t i = (size_t)hash & mask;; i = next_slot(i, &perturb, mask)) {
    int32_t ix = dict->index[i];
    if (ix == IX_EMPTY) return true;
    if (ix == IX_DUMMY || dict->entries[ix].hash != hash) continue;
    Value other = dict->entries[ix].key;
    int eq = value_is(other, key) ? 1 : quick_eq(other, key);
    if (eq < 0) {
      DictEntry *entries = dict->entries;
      bool same;
      gc_push_root(vm, other);
      bool ok = value_eq(vm, other, key, &same);
      gc_pop_roots(vm, 1);
      if (!ok) return false;
      /* An __eq__ that rebuilt the table or replaced this key: start
       * over, as CPython does. */
      if (dict->entries != entries || !value_is(entries[ix].key, other)) {
        goto restart;
      }
      eq = same;
    }
    if (eq) {
      *slot = (int64_t)i;
      return true;
    }
  }
}

bool dict_get_hashed(EddyVM *vm, ObjDict *dict, Value key, int64_t hash,
                     Value *out, bool *found) {
  int64_t slot;
  if (!lookup(vm, dict, key, hash, &slot)) return false;
  *found = slot >= 0;
  if (*found) *out = dict->entries[dict->index[slot]].value;
  return true;
}

bool dict_get(EddyVM *vm, ObjDict *dict, Value key, Value *out, bool *found) {
  int64_t hash;
  if (!dict_hash_key(vm, key, &hash)) return false;
  return dict_get_hashed(vm, dict, key, hash, out, found);
}

bool dict_set_hashed(EddyVM *vm, ObjDict *dict, Value key, int64_t hash,
                     Value value) {
  int64_t slot;
  if (!lookup(vm, dict, key, hash, &slot)) return false;
  if (slot >= 0) {
    dict->entries[dict->index[slot]].value = value;
    dict_touch(dict);
    return true;
  }
  return insert_new(vm, dict, key, hash, value);
}

bool dict_set(EddyVM *vm, ObjDict *dict, Value key, Value value) {
  int64_t hash;
  if (!dict_hash_key(vm, key, &hash)) return false;
  return dict_set_hashed(vm, dict, key, hash, value);
}

bool dict_delete(EddyVM *vm, ObjDict *dict, Value key, bool *found) {
  int64_t hash, slot;
  if (!dict_hash_key(vm, key, &hash)) return false;
  if (!lookup(vm, dict, key, hash, &slot)) return false;
  *found = slot >= 0;
  if (*found) remove_at(dict, (size_t)slot);
  return true;
}

/* ---- str keys --------------------------------------------------------- */

/* The slot holding the str [key] with [hash], or -1; compares str keys
 * only and never calls back. */
static int64_t find_str(ObjDict *dict, ObjStr *key, int64_t hash) {
  if (dict->index_cap == 0) return -1;
  size_t mask = dict->index_cap - 1;
  uint64_t perturb = (uint64_t)hash;
  for (size_t i = (size_t)hash & mask;; i = next_slot(i, &perturb, mask)) {
    int32_t ix = dict->index[i];
    if (ix == IX_EMPTY) return -1;
    if (ix == IX_DUMMY) continue;
    Value other = dict->entries[ix].key;
    if (IS_OBJ(other) && AS_OBJ(other) == (Obj *)key) return (int64_t)i;
    if (dict->entries[ix].hash == hash && IS_STR(other) &&
        str_equal(AS_STR(other), key)) {
      return (int64_t)i;
    }
  }
}

Value dict_get_str(ObjDict *dict, ObjStr *key) {
  int64_t slot = find_str(dict, key, str_hash(key));
  if (slot < 0) return UNDEF_VAL;
  return dict->entries[dict->index[slot]].value;
}

int64_t dict_entry_of_str(ObjDict *dict, ObjStr *key) {
  int64_t slot = find_str(dict, key, str_hash(key));
  return slot < 0 ? -1 : dict->index[slot];
}

bool dict_set_str(EddyVM *vm, ObjDict *dict, ObjStr *key, Value value) {
  int64_t hash = str_hash(key);
  int64_t slot = find_str(dict, key, hash);
  if (slot >= 0) {
    dict->entries[dict->index[slot]].value = value;
    dict_touch(dict);
    return true;
  }
  return insert_new(vm, dict, OBJ_VAL(key), hash, value);
}

bool dict_delete_str(ObjDict *dict, ObjStr *key) {
  int64_t slot = find_str(dict, key, str_hash(key));
  if (slot < 0) return false;
  remove_at(dict, (size_t)slot);
  return true;
}

Value dict_find_chars(ObjDict *dict, const char *chars, size_t length,
                      int64_t hash) {
  if (dict->index_cap == 0) return UNDEF_VAL;
  size_t mask = dict->index_cap - 1;
  uint64_t perturb = (uint64_t)hash;
  for (size_t i = (size_t)hash & mask;; i = next_slot(i, &perturb, mask)) {
    int32_t ix = dict->index[i];
    if (ix == IX_EMPTY) return UNDEF_VAL;
    if (ix == IX_DUMMY || dict->entries[ix].hash != hash) continue;
    Value key = dict->entries[ix].key;
    if (IS_STR(key) && AS_STR(key)->length == length &&
        memcmp(AS_STR(key)->chars, chars, length) == 0) {
      return key;
    }
  }
}

/* ---- whole-table operations ------------------------------------------ */

bool dict_next(ObjDict *dict, size_t *pos, Value *key, Value *value) {
  while (*pos < dict->used) {
    DictEntry *entry = &dict->entries[(*pos)++];
    if (IS_UNDEF(entry->key)) continue;
    *key = entry->key;
    if (value) *value = entry->value;
    return true;
  }
  return false;
}

void dict_remove_entry(ObjDict *dict, size_t i) {
  size_t mask = dict->index_cap - 1;
  int64_t hash = dict->entries[i].hash;
  uint64_t perturb = (uint64_t)hash;
  size_t slot = (size_t)hash & mask;
  while (dict->index[slot] != (int32_t)i) {
    slot = next_slot(slot, &perturb, mask);
  }
  remove_at(dict, slot);
}

void dict_clear(EddyVM *vm, ObjDict *dict) {
  gc_realloc(vm, dict->entries, dict->entry_cap * sizeof(DictEntry), 0);
  gc_realloc(vm, dict->index, dict->index_cap * sizeof(int32_t), 0);
  dict->entries = NULL;
  dict->index = NULL;
  dict->entry_cap = dict->index_cap = 0;
  dict->used = dict->count = 0;
  dict_touch_keys(dict);
}

/* Inserts [entry] into [dst] unless [replace] is false and its key is
 * already there. */
static bool merge_entry(EddyVM *vm, ObjDict *dst, const DictEntry *entry,
                        bool replace) {
  if (!replace) {
    Value old;
    bool found;
    if (!dict_get_hashed(vm, dst, entry->key, entry->hash, &old, &found)) {
      return false;
    }
    if (found) return true;
  }
  return dict_set_hashed(vm, dst, entry->key, entry->hash, entry->value);
}

bool dict_merge(EddyVM *vm, ObjDict *dst, ObjDict *src, bool replace) {
  if (dst == src || src->count == 0) return true;
  if (dst->count == 0 && dst->entry_cap < src->count &&
      !resize(vm, dst, src->count * 3 / 2 + 1)) {
    return false;
  }
  /* Entries are reread on every step: an __eq__ may change [src]. */
  for (size_t i = 0; i < src->used; i++) {
    DictEntry entry = src->entries[i];
    if (IS_UNDEF(entry.key)) continue;
    gc_push_root(vm, entry.key);
    gc_push_root(vm, entry.value);
    bool ok = merge_entry(vm, dst, &entry, replace);
    gc_pop_roots(vm, 2);
    if (!ok) return false;
  }
  return true;
}

ObjDict *dict_copy(EddyVM *vm, ObjDict *dict) {
  ObjDict *copy = dict_new(vm);
  if (!copy) return NULL;
  gc_push_root(vm, OBJ_VAL(copy));
  bool ok = dict_merge(vm, copy, dict, true);
  gc_pop_roots(vm, 1);
  return ok ? copy : NULL;
}

bool dict_raise_key_error(EddyVM *vm, Value key) {
  return vm_raise_with_arg(vm, vm->exc.KeyError, key);
}

/* ---- update ----------------------------------------------------------- */

/* State of an update from an iterable of pairs. */
typedef struct PairState {
  ObjDict *dict; /* the dict being updated */
  size_t n;      /* number of the element being read, for messages */
} PairState;

/* Stores one key/value element of a dict.update() sequence. */
static bool update_pair(EddyVM *vm, Value item, void *ctx) {
  PairState *state = ctx;
  Value pair = item;
  if (!IS_TUPLE(item) && !IS_LIST(item)) {
    if (!value_to_list(vm, item, &pair)) {
      if (!container_catch(vm, vm->exc.TypeError)) return false;
      return vm_raise(vm, vm->exc.TypeError,
                      "cannot convert dictionary update sequence element "
                      "#%zu to a sequence",
                      state->n);
    }
  }
  gc_push_root(vm, pair);
  size_t len = IS_TUPLE(pair) ? AS_TUPLE(pair)->length : AS_LIST(pair)->length;
  const Value *items =
      IS_TUPLE(pair) ? AS_TUPLE(pair)->items : AS_LIST(pair)->items;
  bool ok;
  if (len != 2) {
    ok = vm_raise(vm, vm->exc.ValueError,
                  "dictionary update sequence element #%zu has length %zu; "
                  "2 is required",
                  state->n, len);
  } else {
    ok = dict_set(vm, state->dict, items[0], items[1]);
  }
  gc_pop_roots(vm, 1);
  state->n++;
  return ok;
}

/* Copies mapping[k] for every k in [mapping].keys() into [dict]. */
static bool update_from_keys(EddyVM *vm, ObjDict *dict, Value mapping,
                             Value keys_fn) {
  Value keys;
  if (!vm_call(vm, keys_fn, NULL, 0, NULL, &keys)) return false;
  gc_push_root(vm, keys);
  Value list;
  bool ok = value_to_list(vm, keys, &list);
  gc_pop_roots(vm, 1);
  if (!ok) return false;
  gc_push_root(vm, list);
  for (size_t i = 0; ok && i < AS_LIST(list)->length; i++) {
    Value key = AS_LIST(list)->items[i];
    Value value;
    ok = value_getitem(vm, mapping, key, &value) &&
         dict_set(vm, dict, key, value);
  }
  gc_pop_roots(vm, 1);
  return ok;
}

bool dict_update(EddyVM *vm, ObjDict *dict, Value other) {
  if (IS_DICT(other)) return dict_merge(vm, dict, AS_DICT(other), true);
  ObjStr *name = str_intern_cstr(vm, "keys");
  if (!name) return false;
  if (!IS_UNDEF(class_lookup(vm_class_of(vm, other), name))) {
    Value keys_fn;
    if (!value_getattr(vm, other, name, &keys_fn)) return false;
    gc_push_root(vm, keys_fn);
    bool ok = update_from_keys(vm, dict, other, keys_fn);
    gc_pop_roots(vm, 1);
    return ok;
  }
  PairState state = {dict, 0};
  return container_each(vm, other, update_pair, &state);
}

/* Applies dict(...)/update(...) arguments: at most one positional
 * [args][0..npos) and the keyword arguments after them. */
static bool update_args(EddyVM *vm, ObjDict *dict, Value *args, int npos,
                        ObjTuple *kwnames) {
  if (npos == 1 && !dict_update(vm, dict, args[0])) return false;
  size_t nkw = kwnames ? kwnames->length : 0;
  for (size_t i = 0; i < nkw; i++) {
    if (!dict_set_str(vm, dict, AS_STR(kwnames->items[i]),
                      args[npos + (int)i])) {
      return false;
    }
  }
  return true;
}

bool dict_or(EddyVM *vm, Value a, Value b, Value *out) {
  if (!IS_DICT(a) || !IS_DICT(b)) {
    *out = vm->not_implemented;
    return true;
  }
  ObjDict *result = dict_copy(vm, AS_DICT(a));
  if (!result) return false;
  gc_push_root(vm, OBJ_VAL(result));
  bool ok = dict_merge(vm, result, AS_DICT(b), true);
  gc_pop_roots(vm, 1);
  *out = OBJ_VAL(result);
  return ok;
}

bool dict_inplace_or(EddyVM *vm, Value a, Value b, Value *out) {
  if (!dict_update(vm, AS_DICT(a), b)) return false;
  *out = a;
  return true;
}

/* ---- TypeOps ---------------------------------------------------------- */

/* Appends "key: value" of entry [i], if live. */
static bool repr_entry(EddyVM *vm, ObjDict *dict, size_t i, bool *first,
                       ByteBuf *out) {
  DictEntry entry = dict->entries[i];
  if (IS_UNDEF(entry.key)) return true;
  if (!*first && !buf_puts(out, ", ")) return vm_raise_memory(vm);
  *first = false;
  gc_push_root(vm, entry.value);
  bool ok = value_repr(vm, entry.key, out) &&
            (buf_puts(out, ": ") || vm_raise_memory(vm)) &&
            value_repr(vm, entry.value, out);
  gc_pop_roots(vm, 1);
  return ok;
}

static bool dict_repr(EddyVM *vm, Value v, ByteBuf *out) {
  ObjDict *dict = AS_DICT(v);
  bool busy;
  if (!container_repr_enter(vm, v, &busy)) return false;
  if (busy) return buf_puts(out, "{...}") || vm_raise_memory(vm);
  bool ok = buf_putc(out, '{') || vm_raise_memory(vm);
  bool first = true;
  for (size_t i = 0; ok && i < dict->used; i++) {
    ok = repr_entry(vm, dict, i, &first, out);
  }
  ok = ok && (buf_putc(out, '}') || vm_raise_memory(vm));
  container_repr_leave(vm, v);
  return ok;
}

/* Compares the values of [a] and [b] under every key of [a]. */
static bool dict_equal(EddyVM *vm, ObjDict *a, ObjDict *b, bool *out) {
  *out = true;
  for (size_t i = 0; *out && i < a->used; i++) {
    DictEntry entry = a->entries[i];
    if (IS_UNDEF(entry.key)) continue;
    gc_push_root(vm, entry.key);
    gc_push_root(vm, entry.value);
    Value other;
    bool found;
    bool ok = dict_get_hashed(vm, b, entry.key, entry.hash, &other, &found);
    if (ok && !found) *out = false;
    if (ok && found) ok = value_eq(vm, entry.value, other, out);
    gc_pop_roots(vm, 2);
    if (!ok) return false;
  }
  return true;
}

static bool dict_eq(EddyVM *vm, Value a, Value b, bool *out) {
  if (!IS_DICT(b) || AS_DICT(a)->count != AS_DICT(b)->count) {
    *out = false;
    return true;
  }
  return dict_equal(vm, AS_DICT(a), AS_DICT(b), out);
}

static bool dict_iter(EddyVM *vm, Value v, Value *out) {
  return iterator_new_dict(vm, vm->types.dict_keyiterator, AS_DICT(v), out);
}

static bool dict_len(EddyVM *vm, Value v, int64_t *out) {
  (void)vm;
  *out = (int64_t)AS_DICT(v)->count;
  return true;
}

/* d[key] for a missing key: __missing__ of a subclass, else KeyError. */
static bool missing_key(EddyVM *vm, Value v, Value key, Value *out) {
  ObjClass *cls = AS_OBJ(v)->cls;
  if (cls != vm->types.dict) {
    ObjStr *name = str_intern_cstr(vm, "__missing__");
    if (!name) return false;
    Value fn = class_lookup(cls, name);
    if (!IS_UNDEF(fn)) {
      Value args[2] = {v, key};
      return vm_call(vm, fn, args, 2, NULL, out);
    }
  }
  return dict_raise_key_error(vm, key);
}

static bool dict_getitem(EddyVM *vm, Value v, Value key, Value *out) {
  bool found;
  if (!dict_get(vm, AS_DICT(v), key, out, &found)) return false;
  return found || missing_key(vm, v, key, out);
}

static bool dict_setitem(EddyVM *vm, Value v, Value key, Value value) {
  return dict_set(vm, AS_DICT(v), key, value);
}

static bool dict_delitem(EddyVM *vm, Value v, Value key) {
  bool found;
  if (!dict_delete(vm, AS_DICT(v), key, &found)) return false;
  return found || dict_raise_key_error(vm, key);
}

static bool dict_contains(EddyVM *vm, Value v, Value key, bool *out) {
  Value ignored;
  return dict_get(vm, AS_DICT(v), key, &ignored, out);
}

static bool dict_truth(EddyVM *vm, Value v, bool *out) {
  (void)vm;
  *out = AS_DICT(v)->count > 0;
  return true;
}

/* d | other and d |= other for the arithmetic dispatch. */
static bool dict_binary(EddyVM *vm, int op, Value a, Value b, bool inplace,
                        Value *out, bool *handled) {
  *handled = false;
  if (op != BINOP_BITOR || !IS_DICT(a)) return true;
  if (inplace) {
    *handled = true;
    return dict_inplace_or(vm, a, b, out);
  }
  if (!IS_DICT(b)) return true;
  *handled = true;
  return dict_or(vm, a, b, out);
}

static const TypeOps dict_ops = {
    .repr = dict_repr,
    .eq = dict_eq,
    .iter = dict_iter,
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .delitem = dict_delitem,
    .contains = dict_contains,
    .truth = dict_truth,
    .binary = dict_binary,
};

/* ---- constructor and methods ----------------------------------------- */

/* dict(mapping_or_pairs=(), **kwargs). A subclass gets an empty dict
 * here and is filled by __init__. */
static bool dict_construct(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  ObjClass *cls = AS_CLASS(args[0]);
  if (cls == vm->types.dict &&
      !native_check_count(vm, "dict", nargs - 1, 0, 1)) {
    return false;
  }
  ObjDict *dict = dict_new_of(vm, cls);
  if (!dict) return false;
  *result = OBJ_VAL(dict);
  if (cls != vm->types.dict) return true;
  gc_push_root(vm, *result);
  bool ok = update_args(vm, dict, args + 1, nargs - 1, kwnames);
  gc_pop_roots(vm, 1);
  return ok;
}

static const MethodSpec INIT = {OBJ_DICT, "dict", "__init__", 0, 1, true};
static const MethodSpec UPDATE = {OBJ_DICT, "dict", "update", 0, 1, true};

/* dict.__init__(self, mapping_or_pairs=(), **kwargs) */
static bool dict_init_method(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &INIT, args, nargs, kwnames)) return false;
  *result = NONE_VAL;
  return update_args(vm, AS_DICT(args[0]), args + 1, nargs - 1, kwnames);
}

/* dict.update(self, mapping_or_pairs=(), **kwargs) */
static bool dict_update_method(EddyVM *vm, Value *args, int nargs,
                               ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &UPDATE, args, nargs, kwnames)) return false;
  *result = NONE_VAL;
  return update_args(vm, AS_DICT(args[0]), args + 1, nargs - 1, kwnames);
}

static const MethodSpec GET = {OBJ_DICT, "dict", "get", 1, 2, false};

/* dict.get(key, default=None) */
static bool dict_get_method(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &GET, args, nargs, kwnames)) return false;
  bool found;
  if (!dict_get(vm, AS_DICT(args[0]), args[1], result, &found)) return false;
  if (!found) *result = nargs > 2 ? args[2] : NONE_VAL;
  return true;
}

static const MethodSpec SETDEFAULT = {OBJ_DICT, "dict", "setdefault",
                                      1,        2,      false};

/* dict.setdefault(key, default=None) */
static bool dict_setdefault(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &SETDEFAULT, args, nargs, kwnames)) return false;
  ObjDict *dict = AS_DICT(args[0]);
  int64_t hash;
  bool found;
  if (!dict_hash_key(vm, args[1], &hash) ||
      !dict_get_hashed(vm, dict, args[1], hash, result, &found)) {
    return false;
  }
  if (found) return true;
  *result = nargs > 2 ? args[2] : NONE_VAL;
  return dict_set_hashed(vm, dict, args[1], hash, *result);
}

static const MethodSpec POP = {OBJ_DICT, "dict", "pop", 1, 2, false};

/* dict.pop(key[, default]) */
static bool dict_pop(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                     Value *result) {
  if (!container_method(vm, &POP, args, nargs, kwnames)) return false;
  ObjDict *dict = AS_DICT(args[0]);
  int64_t hash, slot;
  if (!dict_hash_key(vm, args[1], &hash) ||
      !lookup(vm, dict, args[1], hash, &slot)) {
    return false;
  }
  if (slot < 0) {
    if (nargs > 2) {
      *result = args[2];
      return true;
    }
    return dict_raise_key_error(vm, args[1]);
  }
  *result = dict->entries[dict->index[slot]].value;
  remove_at(dict, (size_t)slot);
  return true;
}

static const MethodSpec POPITEM = {OBJ_DICT, "dict", "popitem", 0, 0, false};

/* dict.popitem(): the last entry, LIFO. */
static bool dict_popitem(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  if (!container_method(vm, &POPITEM, args, nargs, kwnames)) return false;
  ObjDict *dict = AS_DICT(args[0]);
  if (dict->count == 0) {
    return vm_raise(vm, vm->exc.KeyError, "popitem(): dictionary is empty");
  }
  size_t i = dict->used;
  while (IS_UNDEF(dict->entries[i - 1].key)) i--;
  DictEntry entry = dict->entries[i - 1];
  ObjTuple *pair = tuple_pack2(vm, entry.key, entry.value);
  if (!pair) return false;
  *result = OBJ_VAL(pair);
  dict_remove_entry(dict, i - 1);
  dict->used = i - 1; /* trailing deleted entries need no slot */
  return true;
}

static const MethodSpec KEYS = {OBJ_DICT, "dict", "keys", 0, 0, false};
static const MethodSpec VALUES = {OBJ_DICT, "dict", "values", 0, 0, false};
static const MethodSpec ITEMS = {OBJ_DICT, "dict", "items", 0, 0, false};

/* dict.keys() */
static bool dict_keys(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  if (!container_method(vm, &KEYS, args, nargs, kwnames)) return false;
  return iterator_new_view(vm, vm->types.dict_keys, AS_DICT(args[0]), result);
}

/* dict.values() */
static bool dict_values(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  if (!container_method(vm, &VALUES, args, nargs, kwnames)) return false;
  return iterator_new_view(vm, vm->types.dict_values, AS_DICT(args[0]), result);
}

/* dict.items() */
static bool dict_items(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  if (!container_method(vm, &ITEMS, args, nargs, kwnames)) return false;
  return iterator_new_view(vm, vm->types.dict_items, AS_DICT(args[0]), result);
}

static const MethodSpec COPY = {OBJ_DICT, "dict", "copy", 0, 0, false};
static const MethodSpec CLEAR = {OBJ_DICT, "dict", "clear", 0, 0, false};

/* dict.copy(): always a plain dict, as in CPython. */
static bool dict_copy_method(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &COPY, args, nargs, kwnames)) return false;
  ObjDict *copy = dict_copy(vm, AS_DICT(args[0]));
  if (!copy) return false;
  *result = OBJ_VAL(copy);
  return true;
}

/* dict.clear() */
static bool dict_clear_method(EddyVM *vm, Value *args, int nargs,
                              ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &CLEAR, args, nargs, kwnames)) return false;
  dict_clear(vm, AS_DICT(args[0]));
  *result = NONE_VAL;
  return true;
}

/* State of dict.fromkeys. */
typedef struct FromKeys {
  Value target; /* the dict (or subclass instance) being filled */
  Value value;  /* the value of every key */
} FromKeys;

/* Stores one key of dict.fromkeys. */
static bool fromkeys_one(EddyVM *vm, Value key, void *ctx) {
  FromKeys *state = ctx;
  if (container_is_exact(state->target, vm->types.dict)) {
    return dict_set(vm, AS_DICT(state->target), key, state->value);
  }
  return value_setitem(vm, state->target, key, state->value);
}

/* dict.fromkeys(iterable, value=None), a classmethod: args[0] is the
 * class. */
static bool dict_fromkeys(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  if (!native_no_kwargs(vm, "dict.fromkeys", kwnames) ||
      !native_check_count(vm, "fromkeys", nargs - 1, 1, 2)) {
    return false;
  }
  if (!vm_call(vm, args[0], NULL, 0, NULL, result)) return false;
  gc_push_root(vm, *result);
  FromKeys state = {*result, nargs > 2 ? args[2] : NONE_VAL};
  bool ok = container_each(vm, args[1], fromkeys_one, &state);
  gc_pop_roots(vm, 1);
  return ok;
}

static const MethodSpec REVERSED = {OBJ_DICT, "dict", "__reversed__",
                                    0,        0,      false};

/* dict.__reversed__() */
static bool dict_reversed(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  if (!container_method(vm, &REVERSED, args, nargs, kwnames)) return false;
  return iterator_new_dict(vm, vm->types.dict_reversekeyiterator,
                           AS_DICT(args[0]), result);
}

static const MethodSpec GETITEM = {OBJ_DICT, "dict", "__getitem__",
                                   1,        1,      false};
static const MethodSpec CONTAINS = {OBJ_DICT, "dict", "__contains__",
                                    1,        1,      false};

/* dict.__getitem__(key), reached by super() from subclasses. */
static bool dict_getitem_method(EddyVM *vm, Value *args, int nargs,
                                ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &GETITEM, args, nargs, kwnames)) return false;
  return dict_getitem(vm, args[0], args[1], result);
}

/* dict.__contains__(key) */
static bool dict_contains_method(EddyVM *vm, Value *args, int nargs,
                                 ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &CONTAINS, args, nargs, kwnames)) return false;
  bool found;
  if (!dict_contains(vm, args[0], args[1], &found)) return false;
  *result = BOOL_VAL(found);
  return true;
}

static const MethodSpec SETITEM = {OBJ_DICT, "dict", "__setitem__",
                                   2,        2,      false};
static const MethodSpec DELITEM = {OBJ_DICT, "dict", "__delitem__",
                                   1,        1,      false};

/* dict.__setitem__(key, value) */
static bool dict_setitem_method(EddyVM *vm, Value *args, int nargs,
                                ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &SETITEM, args, nargs, kwnames)) return false;
  *result = NONE_VAL;
  return dict_set(vm, AS_DICT(args[0]), args[1], args[2]);
}

/* dict.__delitem__(key) */
static bool dict_delitem_method(EddyVM *vm, Value *args, int nargs,
                                ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &DELITEM, args, nargs, kwnames)) return false;
  *result = NONE_VAL;
  return dict_delitem(vm, args[0], args[1]);
}

static const MethodSpec LEN = {OBJ_DICT, "dict", "__len__", 0, 0, false};

/* dict.__len__() */
static bool dict_len_method(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &LEN, args, nargs, kwnames)) return false;
  *result = INT_VAL((int64_t)AS_DICT(args[0])->count);
  return true;
}

/* The methods of dict, in one table. */
static const struct {
  const char *name; /* method name */
  NativeFn fn;      /* its implementation */
} dict_methods[] = {
    {"__init__", dict_init_method},
    {"get", dict_get_method},
    {"setdefault", dict_setdefault},
    {"pop", dict_pop},
    {"popitem", dict_popitem},
    {"keys", dict_keys},
    {"values", dict_values},
    {"items", dict_items},
    {"update", dict_update_method},
    {"copy", dict_copy_method},
    {"clear", dict_clear_method},
    {"__reversed__", dict_reversed},
    {"__getitem__", dict_getitem_method},
    {"__setitem__", dict_setitem_method},
    {"__delitem__", dict_delitem_method},
    {"__contains__", dict_contains_method},
    {"__len__", dict_len_method},
    {"__iter__", container_iter_method},
};

bool dict_install(EddyVM *vm) {
  ObjClass *cls = vm->types.dict;
  cls->ops = &dict_ops;
  cls->construct = dict_construct;
  for (size_t i = 0; i < sizeof dict_methods / sizeof dict_methods[0]; i++) {
    if (!native_method(vm, cls, dict_methods[i].name, dict_methods[i].fn)) {
      return false;
    }
  }
  return container_classmethod(vm, cls, "fromkeys", dict_fromkeys);
}
