/* test_containers.c: the dict table (insert, lookup, delete, resize,
 * order, the str paths), list growth, sorting, set table order and
 * hashes, and slice_indices against values computed by CPython 3.11. */
#include <criterion/criterion.h>
#include <string.h>

#include "vm/gc.h"
#include "vm/obj_dict.h"
#include "vm/obj_list.h"
#include "vm/obj_set.h"
#include "vm/obj_slice.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/protocol.h"

static EddyVM *vm;

static void setup(void) {
  vm = vm_new();
  cr_assert_not_null(vm);
}

static void teardown(void) { vm_free(vm); }

TestSuite(containers, .init = setup, .fini = teardown);

/* A rooted new dict. */
static ObjDict *rooted_dict(void) {
  ObjDict *dict = dict_new(vm);
  cr_assert_not_null(dict);
  gc_push_root(vm, OBJ_VAL(dict));
  return dict;
}

Test(containers, dict_many_int_keys) {
  ObjDict *dict = rooted_dict();
  for (int64_t i = 0; i < 20000; i++) {
    cr_assert(dict_set(vm, dict, INT_VAL(i * 7), INT_VAL(i)));
  }
  cr_assert_eq(dict->count, 20000);
  for (int64_t i = 0; i < 20000; i++) {
    Value v;
    bool found;
    cr_assert(dict_get(vm, dict, INT_VAL(i * 7), &v, &found));
    cr_assert(found);
    cr_assert_eq(AS_INT(v), i);
  }
  Value v;
  bool found = true;
  cr_assert(dict_get(vm, dict, INT_VAL(3), &v, &found));
  cr_assert(!found);
  /* The index never fills beyond 2/3. */
  cr_assert(dict->count * 3 <= dict->index_cap * 2);
  gc_pop_roots(vm, 1);
}

Test(containers, dict_delete_and_order) {
  ObjDict *dict = rooted_dict();
  for (int64_t i = 0; i < 1000; i++) {
    cr_assert(dict_set(vm, dict, INT_VAL(i), INT_VAL(-i)));
  }
  for (int64_t i = 0; i < 1000; i += 2) {
    bool found;
    cr_assert(dict_delete(vm, dict, INT_VAL(i), &found));
    cr_assert(found);
  }
  bool found = true;
  cr_assert(dict_delete(vm, dict, INT_VAL(0), &found));
  cr_assert(!found);
  cr_assert_eq(dict->count, 500);
  /* Reinserting a deleted key puts it at the end. */
  cr_assert(dict_set(vm, dict, INT_VAL(0), INT_VAL(42)));
  size_t pos = 0;
  Value key, value;
  int64_t expect = 1;
  while (dict_next(dict, &pos, &key, &value)) {
    if (expect < 1000) {
      cr_assert_eq(AS_INT(key), expect);
      expect += 2;
    } else {
      cr_assert_eq(AS_INT(key), 0);
      cr_assert_eq(AS_INT(value), 42);
      expect = -1;
    }
  }
  cr_assert_eq(expect, -1);
  /* Many inserts and deletes keep working through resizes. */
  for (int round = 0; round < 50; round++) {
    for (int64_t i = 5000; i < 5100; i++) {
      cr_assert(dict_set(vm, dict, INT_VAL(i), INT_VAL(round)));
    }
    for (int64_t i = 5000; i < 5100; i++) {
      cr_assert(dict_delete(vm, dict, INT_VAL(i), &found));
      cr_assert(found);
    }
  }
  cr_assert_eq(dict->count, 501);
  gc_pop_roots(vm, 1);
}

Test(containers, dict_overwrite_keeps_position) {
  ObjDict *dict = rooted_dict();
  cr_assert(dict_set(vm, dict, INT_VAL(1), INT_VAL(10)));
  cr_assert(dict_set(vm, dict, INT_VAL(2), INT_VAL(20)));
  cr_assert(dict_set(vm, dict, INT_VAL(1), INT_VAL(11)));
  /* True == 1 and 1.0 == 1: the same key. */
  cr_assert(dict_set(vm, dict, BOOL_VAL(true), INT_VAL(12)));
  cr_assert(dict_set(vm, dict, FLOAT_VAL(2.0), INT_VAL(21)));
  cr_assert_eq(dict->count, 2);
  size_t pos = 0;
  Value key, value;
  cr_assert(dict_next(dict, &pos, &key, &value));
  cr_assert(IS_INT(key) && AS_INT(key) == 1 && AS_INT(value) == 12);
  cr_assert(dict_next(dict, &pos, &key, &value));
  cr_assert(IS_INT(key) && AS_INT(key) == 2 && AS_INT(value) == 21);
  cr_assert(!dict_next(dict, &pos, &key, &value));
  gc_pop_roots(vm, 1);
}

Test(containers, dict_string_paths) {
  ObjDict *dict = rooted_dict();
  char name[32];
  for (int i = 0; i < 3000; i++) {
    snprintf(name, sizeof name, "name%d", i);
    ObjStr *key = str_from_cstr(vm, name);
    cr_assert_not_null(key);
    cr_assert(dict_set_str(vm, dict, key, INT_VAL(i)));
  }
  for (int i = 0; i < 3000; i++) {
    snprintf(name, sizeof name, "name%d", i);
    /* A different object with the same text finds the entry. */
    ObjStr *key = str_from_cstr(vm, name);
    Value v = dict_get_str(dict, key);
    cr_assert(IS_INT(v) && AS_INT(v) == i);
    Value same = dict_find_chars(dict, name, strlen(name),
                                 str_hash_chars(name, strlen(name)));
    cr_assert(IS_STR(same) && str_equal(AS_STR(same), key));
    /* The generic path agrees with the str path. */
    bool found;
    cr_assert(dict_get(vm, dict, OBJ_VAL(key), &v, &found));
    cr_assert(found && AS_INT(v) == i);
  }
  ObjStr *missing = str_from_cstr(vm, "missing");
  cr_assert(IS_UNDEF(dict_get_str(dict, missing)));
  cr_assert(!dict_delete_str(dict, missing));
  ObjStr *k5 = str_from_cstr(vm, "name5");
  cr_assert(dict_delete_str(dict, k5));
  cr_assert(IS_UNDEF(dict_get_str(dict, k5)));
  cr_assert_eq(dict->count, 2999);
  gc_pop_roots(vm, 1);
}

Test(containers, dict_remove_entry) {
  ObjDict *dict = rooted_dict();
  for (int64_t i = 0; i < 10; i++) {
    cr_assert(dict_set(vm, dict, INT_VAL(i), NONE_VAL));
  }
  dict_remove_entry(dict, 3);
  Value v;
  bool found = true;
  cr_assert(dict_get(vm, dict, INT_VAL(3), &v, &found));
  cr_assert(!found);
  cr_assert(dict_get(vm, dict, INT_VAL(4), &v, &found));
  cr_assert(found);
  cr_assert_eq(dict->count, 9);
  gc_pop_roots(vm, 1);
}

Test(containers, list_growth_and_insert) {
  ObjList *list = list_new(vm, 0);
  cr_assert_not_null(list);
  gc_push_root(vm, OBJ_VAL(list));
  for (int64_t i = 0; i < 100000; i++) {
    cr_assert(list_append(vm, list, INT_VAL(i)));
  }
  cr_assert_eq(list->length, 100000);
  cr_assert(list->cap >= list->length);
  for (int64_t i = 0; i < 100000; i++) cr_assert_eq(AS_INT(list->items[i]), i);
  cr_assert(list_insert(vm, list, 0, INT_VAL(-1)));
  cr_assert(list_insert(vm, list, -1, INT_VAL(-2)));
  cr_assert(list_insert(vm, list, 1000000, INT_VAL(-3)));
  cr_assert_eq(AS_INT(list->items[0]), -1);
  cr_assert_eq(AS_INT(list->items[list->length - 3]), -2);
  cr_assert_eq(AS_INT(list->items[list->length - 2]), 99999);
  cr_assert_eq(AS_INT(list->items[list->length - 1]), -3);
  gc_pop_roots(vm, 1);
}

Test(containers, list_sort_ints_and_stability) {
  ObjList *list = list_new(vm, 0);
  gc_push_root(vm, OBJ_VAL(list));
  uint64_t seed = 12345;
  for (int i = 0; i < 5000; i++) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    cr_assert(list_append(vm, list, INT_VAL((int64_t)(seed >> 40) % 1000)));
  }
  cr_assert(list_sort(vm, list, NONE_VAL, false));
  for (size_t i = 1; i < list->length; i++) {
    cr_assert(AS_INT(list->items[i - 1]) <= AS_INT(list->items[i]));
  }
  cr_assert(list_sort(vm, list, NONE_VAL, true));
  for (size_t i = 1; i < list->length; i++) {
    cr_assert(AS_INT(list->items[i - 1]) >= AS_INT(list->items[i]));
  }
  /* Pairs (k, i) sorted by k through value_less keep i ascending within
   * each k: tuples compare by k first, then i. */
  list_clear(vm, list);
  for (int64_t i = 0; i < 300; i++) {
    ObjTuple *pair = tuple_pack2(vm, INT_VAL((i * 37) % 10), INT_VAL(i));
    cr_assert(list_append(vm, list, OBJ_VAL(pair)));
  }
  cr_assert(list_sort(vm, list, NONE_VAL, false));
  for (size_t i = 1; i < list->length; i++) {
    ObjTuple *a = AS_TUPLE(list->items[i - 1]), *b = AS_TUPLE(list->items[i]);
    cr_assert(AS_INT(a->items[0]) < AS_INT(b->items[0]) ||
              (AS_INT(a->items[0]) == AS_INT(b->items[0]) &&
               AS_INT(a->items[1]) < AS_INT(b->items[1])));
  }
  gc_pop_roots(vm, 1);
}

/* hash() of [v] through the protocol. */
static int64_t hash_of(Value v) {
  int64_t h;
  cr_assert(value_hash(vm, v, &h));
  return h;
}

Test(containers, tuple_hash_matches_cpython) {
  ObjTuple *empty = tuple_new(vm, 0);
  cr_assert_eq(hash_of(OBJ_VAL(empty)), 5740354900026072187LL);
  ObjTuple *pair = tuple_pack2(vm, INT_VAL(1), INT_VAL(2));
  cr_assert_eq(hash_of(OBJ_VAL(pair)), -3550055125485641917LL);
  gc_push_root(vm, OBJ_VAL(pair));
  ObjTuple *inner = tuple_pack2(vm, INT_VAL(2), INT_VAL(3));
  ObjTuple *nested = tuple_pack2(vm, INT_VAL(1), OBJ_VAL(inner));
  cr_assert_eq(hash_of(OBJ_VAL(nested)), 7267574591690527098LL);
  gc_pop_roots(vm, 1);
}

/* A rooted set of the [n] small ints [items]. */
static ObjSet *int_set(bool frozen, const int64_t *items, size_t n) {
  ObjSet *set = set_new(vm, frozen);
  cr_assert_not_null(set);
  gc_push_root(vm, OBJ_VAL(set));
  for (size_t i = 0; i < n; i++) cr_assert(set_add(vm, set, INT_VAL(items[i])));
  return set;
}

/* Checks that iterating [set] gives the [n] ints [expect]. */
static void expect_order(ObjSet *set, const int64_t *expect, size_t n) {
  size_t pos = 0, i = 0;
  Value key;
  while (set_next(set, &pos, &key)) {
    cr_assert(i < n);
    cr_assert_eq(AS_INT(key), expect[i]);
    i++;
  }
  cr_assert_eq(i, n);
}

Test(containers, set_order_matches_cpython) {
  static const int64_t a[] = {3, 1, 2}, a_order[] = {1, 2, 3};
  expect_order(int_set(false, a, 3), a_order, 3);
  /* Colliding hashes: added one by one, CPython 3.11 gives
   * [2, 34, 10, 18, 26]; copied into a new set (set(s)), whose table is
   * smaller, [2, 34, 18, 26, 10]. */
  static const int64_t b[] = {10, 2, 18, 26, 34};
  static const int64_t b_order[] = {2, 34, 10, 18, 26};
  static const int64_t b_copied[] = {2, 34, 18, 26, 10};
  ObjSet *added = int_set(false, b, 5);
  expect_order(added, b_order, 5);
  ObjSet *copy = set_new(vm, false);
  cr_assert_not_null(copy);
  gc_push_root(vm, OBJ_VAL(copy));
  cr_assert(set_update(vm, copy, OBJ_VAL(added)));
  expect_order(copy, b_copied, 5);
  gc_pop_roots(vm, 3);
}

Test(containers, set_discard_and_growth) {
  ObjSet *set = set_new(vm, false);
  gc_push_root(vm, OBJ_VAL(set));
  for (int64_t i = 0; i < 100; i++) cr_assert(set_add(vm, set, INT_VAL(i)));
  for (int64_t i = 0; i < 100; i += 3) {
    bool found;
    cr_assert(set_discard(vm, set, INT_VAL(i), &found));
    cr_assert(found);
  }
  for (int64_t i = 200; i < 230; i++) cr_assert(set_add(vm, set, INT_VAL(i)));
  /* CPython 3.11: the survivors in order, then 200..229. */
  int64_t expect[96];
  size_t n = 0;
  for (int64_t i = 0; i < 100; i++) {
    if (i % 3) expect[n++] = i;
  }
  for (int64_t i = 200; i < 230; i++) expect[n++] = i;
  expect_order(set, expect, n);
  gc_pop_roots(vm, 1);
}

Test(containers, frozenset_hash_matches_cpython) {
  static const int64_t items[] = {1, 2, 3};
  ObjSet *set = int_set(true, items, 3);
  cr_assert_eq(hash_of(OBJ_VAL(set)), -272375401224217160LL);
  ObjSet *empty = int_set(true, items, 0);
  cr_assert_eq(hash_of(OBJ_VAL(empty)), 133146708735736LL);
  gc_pop_roots(vm, 2);
}

/* None, in the table below. */
#define NO INT64_MIN

/* slice(start, stop, step).indices(length) and the slice length, as
 * CPython 3.11 computes them. */
static const struct {
  int64_t start, stop, step, length;
  int64_t r_start, r_stop, r_step, count;
} slice_table[] = {
    {NO, -12, 2, 0, 0, 0, 2, 0},    {NO, -1, 1, 0, 0, 0, 1, 0},
    {NO, 1, -1, 0, -1, -1, -1, 0},  {NO, 5, -3, 0, -1, -1, -3, 0},
    {-12, NO, NO, 0, 0, 0, 1, 0},   {-12, -12, 5, 0, 0, 0, 5, 0},
    {-12, -1, 2, 0, 0, 0, 2, 0},    {-12, 1, 1, 0, 0, 0, 1, 0},
    {-12, 5, -1, 0, -1, -1, -1, 0}, {-5, NO, -3, 0, -1, -1, -3, 0},
    {-5, -5, NO, 0, 0, 0, 1, 0},    {-5, -1, 5, 0, 0, 0, 5, 0},
    {-5, 1, 2, 0, 0, 0, 2, 0},      {-5, 5, 1, 0, 0, 0, 1, 0},
    {-1, NO, -1, 0, -1, -1, -1, 0}, {-1, -5, -3, 0, -1, -1, -3, 0},
    {-1, 0, NO, 0, 0, 0, 1, 0},     {-1, 1, 5, 0, 0, 0, 5, 0},
    {-1, 5, 2, 0, 0, 0, 2, 0},      {0, NO, 1, 0, 0, 0, 1, 0},
    {0, -5, -1, 0, -1, -1, -1, 0},  {0, 0, -3, 0, -1, -1, -3, 0},
    {0, 3, NO, 0, 0, 0, 1, 0},      {0, 5, 5, 0, 0, 0, 5, 0},
    {1, NO, 2, 0, 0, 0, 2, 0},      {1, -5, 1, 0, 0, 0, 1, 0},
    {1, 0, -1, 0, -1, -1, -1, 0},   {1, 3, -3, 0, -1, -1, -3, 0},
    {1, 12, NO, 0, 0, 0, 1, 0},     {3, NO, 5, 0, 0, 0, 5, 0},
    {3, -5, 2, 0, 0, 0, 2, 0},      {3, 0, 1, 0, 0, 0, 1, 0},
    {3, 3, -1, 0, -1, -1, -1, 0},   {3, 12, -3, 0, -1, -1, -3, 0},
    {5, -12, NO, 0, 0, 0, 1, 0},    {5, -5, 5, 0, 0, 0, 5, 0},
    {5, 0, 2, 0, 0, 0, 2, 0},       {5, 3, 1, 0, 0, 0, 1, 0},
    {5, 12, -1, 0, -1, -1, -1, 0},  {12, -12, -3, 0, -1, -1, -3, 0},
    {12, -1, NO, 0, 0, 0, 1, 0},    {12, 0, 5, 0, 0, 0, 5, 0},
    {12, 3, 2, 0, 0, 0, 2, 0},      {12, 12, 1, 0, 0, 0, 1, 0},
    {NO, -12, -1, 1, 0, -1, -1, 1}, {NO, -1, -3, 1, 0, 0, -3, 0},
    {NO, 1, NO, 1, 0, 1, 1, 1},     {NO, 3, 5, 1, 0, 1, 5, 1},
    {NO, 12, 2, 1, 0, 1, 2, 1},     {-12, -12, 1, 1, 0, 0, 1, 0},
    {-12, -1, -1, 1, -1, 0, -1, 0}, {-12, 1, -3, 1, -1, 0, -3, 0},
    {-12, 5, NO, 1, 0, 1, 1, 1},    {-12, 12, 5, 1, 0, 1, 5, 1},
    {-5, -12, 2, 1, 0, 0, 2, 0},    {-5, -1, 1, 1, 0, 0, 1, 0},
    {-5, 1, -1, 1, -1, 0, -1, 0},   {-5, 5, -3, 1, -1, 0, -3, 0},
    {-1, NO, NO, 1, 0, 1, 1, 1},    {-1, -12, 5, 1, 0, 0, 5, 0},
    {-1, -1, 2, 1, 0, 0, 2, 0},     {-1, 1, 1, 1, 0, 1, 1, 1},
    {-1, 5, -1, 1, 0, 0, -1, 0},    {0, NO, -3, 1, 0, -1, -3, 1},
    {0, -5, NO, 1, 0, 0, 1, 0},     {0, -1, 5, 1, 0, 0, 5, 0},
    {0, 1, 2, 1, 0, 1, 2, 1},       {0, 5, 1, 1, 0, 1, 1, 1},
    {1, NO, -1, 1, 0, -1, -1, 1},   {1, -5, -3, 1, 0, -1, -3, 1},
    {1, 0, NO, 1, 1, 0, 1, 0},      {1, 1, 5, 1, 1, 1, 5, 0},
    {1, 5, 2, 1, 1, 1, 2, 0},       {3, NO, 1, 1, 1, 1, 1, 0},
    {3, -5, -1, 1, 0, -1, -1, 1},   {3, 0, -3, 1, 0, 0, -3, 0},
    {3, 3, NO, 1, 1, 1, 1, 0},      {3, 5, 5, 1, 1, 1, 5, 0},
    {5, NO, 2, 1, 1, 1, 2, 0},      {5, -5, 1, 1, 1, 0, 1, 0},
    {5, 0, -1, 1, 0, 0, -1, 0},     {5, 3, -3, 1, 0, 0, -3, 0},
    {5, 12, NO, 1, 1, 1, 1, 0},     {12, NO, 5, 1, 1, 1, 5, 0},
    {12, -5, 2, 1, 1, 0, 2, 0},     {12, 0, 1, 1, 1, 0, 1, 0},
    {12, 3, -1, 1, 0, 0, -1, 0},    {12, 12, -3, 1, 0, 0, -3, 0},
    {NO, -12, NO, 5, 0, 0, 1, 0},   {NO, -5, 5, 5, 0, 0, 5, 0},
    {NO, 0, 2, 5, 0, 0, 2, 0},      {NO, 3, 1, 5, 0, 3, 1, 3},
    {NO, 12, -1, 5, 4, 4, -1, 0},   {-12, -12, -3, 5, -1, -1, -3, 0},
    {-12, -1, NO, 5, 0, 4, 1, 4},   {-12, 0, 5, 5, 0, 0, 5, 0},
    {-12, 3, 2, 5, 0, 3, 2, 2},     {-12, 12, 1, 5, 0, 5, 1, 5},
    {-5, -12, -1, 5, 0, -1, -1, 1}, {-5, -1, -3, 5, 0, 4, -3, 0},
    {-5, 1, NO, 5, 0, 1, 1, 1},     {-5, 3, 5, 5, 0, 3, 5, 1},
    {-5, 12, 2, 5, 0, 5, 2, 3},     {-1, -12, 1, 5, 4, 0, 1, 0},
    {-1, -1, -1, 5, 4, 4, -1, 0},   {-1, 1, -3, 5, 4, 1, -3, 1},
    {-1, 5, NO, 5, 4, 5, 1, 1},     {-1, 12, 5, 5, 4, 5, 5, 1},
    {0, -12, 2, 5, 0, 0, 2, 0},     {0, -1, 1, 5, 0, 4, 1, 4},
    {0, 1, -1, 5, 0, 1, -1, 0},     {0, 5, -3, 5, 0, 4, -3, 0},
    {1, NO, NO, 5, 1, 5, 1, 4},     {1, -12, 5, 5, 1, 0, 5, 0},
    {1, -1, 2, 5, 1, 4, 2, 2},      {1, 1, 1, 5, 1, 1, 1, 0},
    {1, 5, -1, 5, 1, 4, -1, 0},     {3, NO, -3, 5, 3, -1, -3, 2},
    {3, -5, NO, 5, 3, 0, 1, 0},     {3, -1, 5, 5, 3, 4, 5, 1},
    {3, 1, 2, 5, 3, 1, 2, 0},       {3, 5, 1, 5, 3, 5, 1, 2},
    {5, NO, -1, 5, 4, -1, -1, 5},   {5, -5, -3, 5, 4, 0, -3, 2},
    {5, 0, NO, 5, 5, 0, 1, 0},      {5, 1, 5, 5, 5, 1, 5, 0},
    {5, 5, 2, 5, 5, 5, 2, 0},       {12, NO, 1, 5, 5, 5, 1, 0},
    {12, -5, -1, 5, 4, 0, -1, 4},   {12, 0, -3, 5, 4, 0, -3, 2},
    {12, 3, NO, 5, 5, 3, 1, 0},     {12, 5, 5, 5, 5, 5, 5, 0},
    {NO, NO, 2, 10, 0, 10, 2, 5},   {NO, -5, 1, 10, 0, 5, 1, 5},
    {NO, 0, -1, 10, 9, 0, -1, 9},   {NO, 3, -3, 10, 9, 3, -3, 2},
    {NO, 12, NO, 10, 0, 10, 1, 10}, {-12, NO, 5, 10, 0, 10, 5, 2},
    {-12, -5, 2, 10, 0, 5, 2, 3},   {-12, 0, 1, 10, 0, 0, 1, 0},
    {-12, 3, -1, 10, -1, 3, -1, 0}, {-12, 12, -3, 10, -1, 9, -3, 0},
    {-5, -12, NO, 10, 5, 0, 1, 0},  {-5, -5, 5, 10, 5, 5, 5, 0},
    {-5, 0, 2, 10, 5, 0, 2, 0},     {-5, 3, 1, 10, 5, 3, 1, 0},
    {-5, 12, -1, 10, 5, 9, -1, 0},  {-1, -12, -3, 10, 9, -1, -3, 4},
    {-1, -1, NO, 10, 9, 9, 1, 0},   {-1, 0, 5, 10, 9, 0, 5, 0},
    {-1, 3, 2, 10, 9, 3, 2, 0},     {-1, 12, 1, 10, 9, 10, 1, 1},
    {0, -12, -1, 10, 0, -1, -1, 1}, {0, -1, -3, 10, 0, 9, -3, 0},
    {0, 1, NO, 10, 0, 1, 1, 1},     {0, 3, 5, 10, 0, 3, 5, 1},
    {0, 12, 2, 10, 0, 10, 2, 5},    {1, -12, 1, 10, 1, 0, 1, 0},
    {1, -1, -1, 10, 1, 9, -1, 0},   {1, 1, -3, 10, 1, 1, -3, 0},
    {1, 5, NO, 10, 1, 5, 1, 4},     {1, 12, 5, 10, 1, 10, 5, 2},
    {3, -12, 2, 10, 3, 0, 2, 0},    {3, -1, 1, 10, 3, 9, 1, 6},
    {3, 1, -1, 10, 3, 1, -1, 2},    {3, 5, -3, 10, 3, 5, -3, 0},
    {5, NO, NO, 10, 5, 10, 1, 5},   {5, -12, 5, 10, 5, 0, 5, 0},
    {5, -1, 2, 10, 5, 9, 2, 2},     {5, 1, 1, 10, 5, 1, 1, 0},
    {5, 5, -1, 10, 5, 5, -1, 0},    {12, NO, -3, 10, 9, -1, -3, 4},
    {12, -5, NO, 10, 10, 5, 1, 0},  {12, -1, 5, 10, 10, 9, 5, 0},
    {12, 1, 2, 10, 10, 1, 2, 0},    {12, 5, 1, 10, 10, 5, 1, 0},
};

/* A bound of the table as a Value. */
static Value bound(int64_t v) { return v == NO ? NONE_VAL : INT_VAL(v); }

Test(containers, slice_indices_table) {
  for (size_t i = 0; i < sizeof slice_table / sizeof slice_table[0]; i++) {
    ObjSlice *slice =
        slice_new(vm, bound(slice_table[i].start), bound(slice_table[i].stop),
                  bound(slice_table[i].step));
    cr_assert_not_null(slice);
    int64_t start, stop, step, count;
    cr_assert(slice_indices(vm, slice, slice_table[i].length, &start, &stop,
                            &step, &count));
    cr_assert_eq(start, slice_table[i].r_start, "row %zu", i);
    cr_assert_eq(stop, slice_table[i].r_stop, "row %zu", i);
    cr_assert_eq(step, slice_table[i].r_step, "row %zu", i);
    cr_assert_eq(count, slice_table[i].count, "row %zu", i);
  }
}

Test(containers, slice_step_zero) {
  ObjSlice *slice = slice_new(vm, NONE_VAL, NONE_VAL, INT_VAL(0));
  int64_t start, stop, step, count;
  cr_assert(!slice_indices(vm, slice, 5, &start, &stop, &step, &count));
}
