/* side_dict.c: attribute dicts of instances of subclassed built-in
 * layouts, in a table keyed by address. */
#include "vm/side_dict.h"

#include <stdint.h>
#include <stdlib.h>

#include "vm/gc.h"
#include "vm/obj_dict.h"

/* The first slot to probe for [owner] in a table of [cap] slots. */
static size_t home_slot(const Obj *owner, size_t cap) {
  uint64_t h = (uint64_t)(uintptr_t)owner;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return (size_t)h & (cap - 1);
}

/* The slot holding [owner], or the empty slot where it would go. */
static size_t find_slot(const SideDicts *table, const Obj *owner) {
  size_t mask = table->cap - 1;
  size_t i = home_slot(owner, table->cap);
  while (table->slots[i].owner && table->slots[i].owner != owner) {
    i = (i + 1) & mask;
  }
  return i;
}

ObjDict *side_dict_get(const SideDicts *table, const Obj *owner) {
  if (table->count == 0) return NULL;
  return table->slots[find_slot(table, owner)].dict;
}

/* Doubles the table (or makes its first 16 slots). */
static bool grow(SideDicts *table) {
  size_t cap = table->cap ? table->cap * 2 : 16;
  SideDictSlot *slots = calloc(cap, sizeof(SideDictSlot));
  if (!slots) return false;
  SideDicts grown = {slots, cap, table->count};
  for (size_t i = 0; i < table->cap; i++) {
    if (table->slots[i].owner) {
      grown.slots[find_slot(&grown, table->slots[i].owner)] = table->slots[i];
    }
  }
  free(table->slots);
  *table = grown;
  return true;
}

bool side_dict_make(EddyVM *vm, Obj *owner, ObjDict **out) {
  SideDicts *table = &vm->side_dicts;
  if (owner->has_side_dict) {
    *out = side_dict_get(table, owner);
    return true;
  }
  ObjDict *dict = dict_new(vm);
  if (!dict) return false;
  if ((table->count + 1) * 4 > table->cap * 3 && !grow(table)) {
    return vm_raise_memory(vm);
  }
  size_t i = find_slot(table, owner);
  table->slots[i].owner = owner;
  table->slots[i].dict = dict;
  table->count++;
  owner->has_side_dict = true;
  *out = dict;
  return true;
}

/* True when the entry whose home is [home] may stay at [at] after the
 * slot [hole] is emptied (probing from home reaches at before hole). */
static bool stays(size_t home, size_t hole, size_t at, size_t mask) {
  return ((at - home) & mask) < ((at - hole) & mask);
}

void side_dict_remove(SideDicts *table, const Obj *owner) {
  if (table->count == 0) return;
  size_t mask = table->cap - 1;
  size_t hole = find_slot(table, owner);
  if (!table->slots[hole].owner) return;
  table->count--;
  for (size_t at = (hole + 1) & mask; table->slots[at].owner;
       at = (at + 1) & mask) {
    size_t home = home_slot(table->slots[at].owner, table->cap);
    if (stays(home, hole, at, mask)) continue;
    table->slots[hole] = table->slots[at];
    hole = at;
  }
  table->slots[hole].owner = NULL;
  table->slots[hole].dict = NULL;
}

void side_dicts_free(SideDicts *table) {
  free(table->slots);
  table->slots = NULL;
  table->cap = table->count = 0;
}
