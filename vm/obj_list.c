/* obj_list.c: the list class (see obj_list.h); sorting is in
 * list_sort.c. */
#include "vm/obj_list.h"

#include <string.h>

#include "vm/container.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_iterator.h"
#include "vm/obj_slice.h"
#include "vm/obj_tuple.h"

/* The most items a list may hold (keeps byte counts far from overflow). */
#define LIST_MAX_ITEMS (SIZE_MAX / sizeof(Value) / 4)

/* ---- allocation ------------------------------------------------------- */

ObjList *list_new_of(EddyVM *vm, ObjClass *cls, size_t cap) {
  ObjList *list = (ObjList *)gc_new_object(vm, sizeof(ObjList), OBJ_LIST, cls);
  if (!list || cap == 0) return list;
  gc_push_root(vm, OBJ_VAL(list));
  bool ok = list_reserve(vm, list, cap);
  gc_pop_roots(vm, 1);
  return ok ? list : NULL;
}

ObjList *list_new(EddyVM *vm, size_t cap) {
  return list_new_of(vm, vm->types.list, cap);
}

ObjList *list_from_array(EddyVM *vm, const Value *items, size_t n) {
  ObjList *list = list_new(vm, n);
  if (!list) return NULL;
  if (n > 0) memcpy(list->items, items, n * sizeof(Value));
  list->length = n;
  return list;
}

bool list_reserve(EddyVM *vm, ObjList *list, size_t cap) {
  if (cap <= list->cap) return true;
  if (cap > LIST_MAX_ITEMS) return vm_raise_memory(vm);
  Value *items = gc_realloc(vm, list->items, list->cap * sizeof(Value),
                            cap * sizeof(Value));
  if (!items) return false;
  list->items = items;
  list->cap = cap;
  return true;
}

/* Makes room for [extra] more items, over-allocating as CPython's
 * list_resize does so that repeated appends are amortised O(1). */
static bool grow(EddyVM *vm, ObjList *list, size_t extra) {
  size_t need = list->length + extra;
  if (need <= list->cap) return true;
  if (extra > LIST_MAX_ITEMS) return vm_raise_memory(vm);
  size_t cap = (need + (need >> 3) + 6) & ~(size_t)3;
  return list_reserve(vm, list, cap);
}

bool list_append(EddyVM *vm, ObjList *list, Value v) {
  if (list->length == list->cap) {
    gc_push_root(vm, v);
    bool ok = grow(vm, list, 1);
    gc_pop_roots(vm, 1);
    if (!ok) return false;
  }
  list->items[list->length++] = v;
  return true;
}

/* Appends the [n] values at [items] ([items] may point into [list]). */
static bool append_array(EddyVM *vm, ObjList *list, const Value *items,
                         size_t n, Value owner) {
  gc_push_root(vm, owner);
  bool ok = grow(vm, list, n);
  gc_pop_roots(vm, 1);
  if (!ok) return false;
  if (n > 0) memmove(list->items + list->length, items, n * sizeof(Value));
  list->length += n;
  return true;
}

/* container_each callback: appends [item] to the list [ctx]. */
static bool append_one(EddyVM *vm, Value item, void *ctx) {
  return list_append(vm, (ObjList *)ctx, item);
}

bool list_extend(EddyVM *vm, ObjList *list, Value iterable) {
  if (IS_LIST(iterable) && container_is_exact(iterable, vm->types.list)) {
    ObjList *src = AS_LIST(iterable);
    size_t n = src->length;
    if (!grow(vm, list, n)) return false; /* src == list: items moved */
    return append_array(vm, list, src->items, n, iterable);
  }
  if (container_is_exact(iterable, vm->types.tuple)) {
    ObjTuple *src = AS_TUPLE(iterable);
    return append_array(vm, list, src->items, src->length, iterable);
  }
  return container_each(vm, iterable, append_one, list);
}

bool list_insert(EddyVM *vm, ObjList *list, int64_t index, Value v) {
  int64_t n = (int64_t)list->length;
  if (index < 0) {
    index += n;
    if (index < 0) index = 0;
  }
  if (index > n) index = n;
  if (!list_append(vm, list, v)) return false;
  memmove(&list->items[index + 1], &list->items[index],
          (size_t)(n - index) * sizeof(Value));
  list->items[index] = v;
  return true;
}

void list_clear(EddyVM *vm, ObjList *list) {
  gc_realloc(vm, list->items, list->cap * sizeof(Value), 0);
  list->items = NULL;
  list->length = list->cap = 0;
}

/* ---- operators -------------------------------------------------------- */

/* memcpy of [n] values; an empty list's items may be NULL, which memcpy
 * must not see even for zero bytes. */
static void copy_values(Value *dst, const Value *src, size_t n) {
  if (n > 0) memcpy(dst, src, n * sizeof(Value));
}

bool list_concat(EddyVM *vm, Value a, Value b, Value *out) {
  if (!IS_LIST(b)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "can only concatenate list (not \"%s\") to list",
                    vm_type_name(vm, b));
  }
  ObjList *x = AS_LIST(a), *y = AS_LIST(b);
  ObjList *list = list_new(vm, x->length + y->length);
  if (!list) return false;
  copy_values(list->items, x->items, x->length);
  copy_values(list->items + x->length, y->items, y->length);
  list->length = x->length + y->length;
  *out = OBJ_VAL(list);
  return true;
}

bool list_inplace_concat(EddyVM *vm, Value a, Value b, Value *out) {
  if (!list_extend(vm, AS_LIST(a), b)) return false;
  *out = a;
  return true;
}

/* Reads the repeat count [n] of list * n: ints only; negative means 0. */
static bool repeat_count(EddyVM *vm, Value n, int64_t *count) {
  bool is_int;
  if (!container_index(vm, n, vm->exc.OverflowError, count, &is_int)) {
    if (is_int) return false;
    return vm_raise(vm, vm->exc.TypeError,
                    "can't multiply sequence by non-int of type '%s'",
                    vm_type_name(vm, n));
  }
  if (*count < 0) *count = 0;
  return true;
}

/* Fills [dst] with [count] copies of the [n] values at [src]. */
static void fill_repeated(Value *dst, const Value *src, size_t n,
                          size_t count) {
  for (size_t c = 0; c < count; c++) {
    copy_values(dst + c * n, src, n);
  }
}

/* n * count, or raises MemoryError when it is too large for a list. */
static bool repeat_size(EddyVM *vm, size_t n, int64_t count, size_t *total) {
  if (__builtin_mul_overflow(n, (size_t)count, total) ||
      *total > LIST_MAX_ITEMS) {
    return vm_raise_memory(vm);
  }
  return true;
}

bool list_repeat(EddyVM *vm, Value a, Value n, Value *out) {
  int64_t count;
  size_t total;
  ObjList *src = AS_LIST(a);
  if (!repeat_count(vm, n, &count) ||
      !repeat_size(vm, src->length, count, &total)) {
    return false;
  }
  ObjList *list = list_new(vm, total);
  if (!list) return false;
  fill_repeated(list->items, src->items, src->length, (size_t)count);
  list->length = total;
  *out = OBJ_VAL(list);
  return true;
}

bool list_inplace_repeat(EddyVM *vm, Value a, Value n, Value *out) {
  int64_t count;
  size_t total;
  ObjList *list = AS_LIST(a);
  if (!repeat_count(vm, n, &count) ||
      !repeat_size(vm, list->length, count, &total)) {
    return false;
  }
  *out = a;
  if (count == 0) {
    list_clear(vm, list);
    return true;
  }
  if (!list_reserve(vm, list, total)) return false;
  for (size_t c = 1; c < (size_t)count; c++) {
    memcpy(list->items + c * list->length, list->items,
           list->length * sizeof(Value));
  }
  list->length = total;
  return true;
}

bool list_compare(EddyVM *vm, CompareOp op, Value a, Value b, Value *out) {
  if (!IS_LIST(b)) {
    *out = vm->not_implemented;
    return true;
  }
  return container_seq_compare(vm, op, a, b, out);
}

/* ---- slices ----------------------------------------------------------- */

/* list[slice] */
static bool get_slice(EddyVM *vm, ObjList *list, ObjSlice *slice, Value *out) {
  int64_t start, stop, step, n;
  if (!slice_indices(vm, slice, (int64_t)list->length, &start, &stop, &step,
                     &n)) {
    return false;
  }
  ObjList *result = list_new(vm, (size_t)n);
  if (!result) return false;
  for (int64_t i = 0; i < n; i++) {
    result->items[i] = list->items[start + i * step];
  }
  result->length = (size_t)n;
  *out = OBJ_VAL(result);
  return true;
}

/* The items to assign to a slice, as a fresh list or tuple in [*out]
 * (a copy when [value] is [list] itself); [message] is the TypeError
 * for a value that is not iterable. */
static bool slice_source(EddyVM *vm, ObjList *list, Value value,
                         const char *message, Value *out) {
  if ((IS_TUPLE(value) || IS_LIST(value)) && AS_OBJ(value) != (Obj *)list) {
    *out = value;
    return true;
  }
  if (value_to_list(vm, value, out)) return true;
  if (!container_catch(vm, vm->exc.TypeError)) return false;
  return vm_raise(vm, vm->exc.TypeError, "%s", message);
}

/* Length and items of the list or tuple [v]. */
static size_t seq_items(Value v, Value **items) {
  if (IS_LIST(v)) {
    *items = AS_LIST(v)->items;
    return AS_LIST(v)->length;
  }
  *items = AS_TUPLE(v)->items;
  return AS_TUPLE(v)->length;
}

/* Replaces items [lo, hi) of [list] by the [n] values at [items]. */
static bool splice(EddyVM *vm, ObjList *list, size_t lo, size_t hi, Value src) {
  Value *items;
  size_t n = seq_items(src, &items);
  size_t removed = hi - lo;
  if (n > removed) {
    gc_push_root(vm, src);
    bool ok = grow(vm, list, n - removed);
    gc_pop_roots(vm, 1);
    if (!ok) return false;
    n = seq_items(src, &items);
  }
  if (list->length > hi)
    memmove(&list->items[lo + n], &list->items[hi],
            (list->length - hi) * sizeof(Value));
  copy_values(&list->items[lo], items, n);
  list->length = list->length - removed + n;
  return true;
}

/* list[start:stop:step] = src for step != 1: sizes must match. */
static bool assign_extended(EddyVM *vm, ObjList *list, int64_t start,
                            int64_t step, int64_t n, Value src) {
  Value *items;
  size_t len = seq_items(src, &items);
  if ((int64_t)len != n) {
    return vm_raise(vm, vm->exc.ValueError,
                    "attempt to assign sequence of size %zu to extended "
                    "slice of size %lld",
                    len, (long long)n);
  }
  for (int64_t i = 0; i < n; i++) list->items[start + i * step] = items[i];
  return true;
}

/* list[slice] = value */
static bool set_slice(EddyVM *vm, ObjList *list, ObjSlice *slice, Value value) {
  int64_t start, stop, step, n;
  if (!slice_indices(vm, slice, (int64_t)list->length, &start, &stop, &step,
                     &n)) {
    return false;
  }
  Value src;
  if (!slice_source(vm, list, value,
                    step == 1 ? "can only assign an iterable"
                              : "must assign iterable to extended slice",
                    &src)) {
    return false;
  }
  /* Converting [value] may have run scripts that changed the list. */
  if (!slice_indices(vm, slice, (int64_t)list->length, &start, &stop, &step,
                     &n)) {
    return false;
  }
  if (step == 1) {
    return splice(vm, list, (size_t)start,
                  (size_t)(stop < start ? start : stop), src);
  }
  return assign_extended(vm, list, start, step, n, src);
}

/* del list[slice] */
static bool del_slice(EddyVM *vm, ObjList *list, ObjSlice *slice) {
  int64_t start, stop, step, n;
  if (!slice_indices(vm, slice, (int64_t)list->length, &start, &stop, &step,
                     &n)) {
    return false;
  }
  if (n <= 0) return true;
  if (step < 0) { /* walk the same items upwards */
    start += step * (n - 1);
    step = -step;
  }
  size_t w = (size_t)start;
  int64_t k = 0;
  for (size_t r = (size_t)start; r < list->length; r++) {
    if (k < n && (int64_t)r == start + k * step) {
      k++;
      continue;
    }
    list->items[w++] = list->items[r];
  }
  list->length = w;
  return true;
}

/* ---- TypeOps ---------------------------------------------------------- */

static bool list_repr(EddyVM *vm, Value v, ByteBuf *out) {
  ObjList *list = AS_LIST(v);
  bool busy;
  if (!container_repr_enter(vm, v, &busy)) return false;
  if (busy) return buf_puts(out, "[...]") || vm_raise_memory(vm);
  bool ok = buf_putc(out, '[') || vm_raise_memory(vm);
  for (size_t i = 0; ok && i < list->length; i++) {
    if (i > 0) ok = buf_puts(out, ", ") || vm_raise_memory(vm);
    ok = ok && value_repr(vm, list->items[i], out);
  }
  ok = ok && (buf_putc(out, ']') || vm_raise_memory(vm));
  container_repr_leave(vm, v);
  return ok;
}

static bool list_eq(EddyVM *vm, Value a, Value b, bool *out) {
  if (!IS_LIST(b)) {
    *out = false;
    return true;
  }
  Value result;
  if (!container_seq_compare(vm, COMPARE_EQ, a, b, &result)) return false;
  *out = AS_BOOL(result);
  return true;
}

static bool list_iter(EddyVM *vm, Value v, Value *out) {
  return iterator_new_seq(vm, vm->types.list_iterator, v, out);
}

static bool list_len(EddyVM *vm, Value v, int64_t *out) {
  (void)vm;
  *out = (int64_t)AS_LIST(v)->length;
  return true;
}

/* Reads the int subscript [key] of [list] into [*i], normalised; false
 * with [*is_int] clear (nothing raised) when [key] is not an int. */
static bool item_index(EddyVM *vm, ObjList *list, Value key, int64_t *i,
                       bool *is_int, const char *range_message) {
  if (!container_index(vm, key, vm->exc.IndexError, i, is_int)) return false;
  if (*i < 0) *i += (int64_t)list->length;
  if (*i < 0 || *i >= (int64_t)list->length) {
    return vm_raise(vm, vm->exc.IndexError, "%s", range_message);
  }
  return true;
}

/* TypeError for a subscript of the wrong type. */
static bool bad_subscript(EddyVM *vm, Value key) {
  return vm_raise(vm, vm->exc.TypeError,
                  "list indices must be integers or slices, not %s",
                  vm_type_name(vm, key));
}

static bool list_getitem(EddyVM *vm, Value v, Value key, Value *out) {
  ObjList *list = AS_LIST(v);
  int64_t i;
  bool is_int;
  if (item_index(vm, list, key, &i, &is_int, "list index out of range")) {
    *out = list->items[i];
    return true;
  }
  if (is_int) return false;
  if (IS_SLICE(key)) return get_slice(vm, list, AS_SLICE(key), out);
  return bad_subscript(vm, key);
}

static bool list_setitem(EddyVM *vm, Value v, Value key, Value value) {
  ObjList *list = AS_LIST(v);
  int64_t i;
  bool is_int;
  if (item_index(vm, list, key, &i, &is_int,
                 "list assignment index out of range")) {
    list->items[i] = value;
    return true;
  }
  if (is_int) return false;
  if (IS_SLICE(key)) return set_slice(vm, list, AS_SLICE(key), value);
  return bad_subscript(vm, key);
}

static bool list_delitem(EddyVM *vm, Value v, Value key) {
  ObjList *list = AS_LIST(v);
  int64_t i;
  bool is_int;
  if (item_index(vm, list, key, &i, &is_int,
                 "list assignment index out of range")) {
    memmove(&list->items[i], &list->items[i + 1],
            (list->length - (size_t)i - 1) * sizeof(Value));
    list->length--;
    return true;
  }
  if (is_int) return false;
  if (IS_SLICE(key)) return del_slice(vm, list, AS_SLICE(key));
  return bad_subscript(vm, key);
}

/* Index of the first item of [list] in [start, stop) equal to [value],
 * or -1. The list may change under value_eq: bounds are rechecked. */
static bool find_item(EddyVM *vm, ObjList *list, Value value, int64_t start,
                      int64_t stop, int64_t *found) {
  *found = -1;
  for (int64_t i = start; i < stop && i < (int64_t)list->length; i++) {
    Value item = list->items[i];
    bool same = value_is(item, value);
    if (!same) {
      gc_push_root(vm, item);
      bool ok = value_eq(vm, item, value, &same);
      gc_pop_roots(vm, 1);
      if (!ok) return false;
    }
    if (same) {
      *found = i;
      return true;
    }
  }
  return true;
}

static bool list_contains(EddyVM *vm, Value v, Value key, bool *out) {
  int64_t i;
  if (!find_item(vm, AS_LIST(v), key, 0, INT64_MAX, &i)) return false;
  *out = i >= 0;
  return true;
}

static bool list_truth(EddyVM *vm, Value v, bool *out) {
  (void)vm;
  *out = AS_LIST(v)->length > 0;
  return true;
}

static const TypeOps list_ops = {
    .repr = list_repr,
    .eq = list_eq,
    .iter = list_iter,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .delitem = list_delitem,
    .contains = list_contains,
    .truth = list_truth,
};

/* ---- constructor and methods ----------------------------------------- */

/* list(iterable=()). A subclass gets an empty list here and is filled by
 * __init__. */
static bool list_construct(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  ObjClass *cls = AS_CLASS(args[0]);
  bool exact = cls == vm->types.list;
  if (exact && (!native_no_kwargs(vm, "list", kwnames) ||
                !native_check_count(vm, "list", nargs - 1, 0, 1))) {
    return false;
  }
  ObjList *list = list_new_of(vm, cls, 0);
  if (!list) return false;
  *result = OBJ_VAL(list);
  if (!exact || nargs < 2) return true;
  gc_push_root(vm, *result);
  bool ok = list_extend(vm, list, args[1]);
  gc_pop_roots(vm, 1);
  return ok;
}

static const MethodSpec INIT = {OBJ_LIST, "list", "__init__", 0, 1, false};

/* list.__init__(self, iterable=()) */
static bool list_init_method(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &INIT, args, nargs, kwnames)) return false;
  list_clear(vm, AS_LIST(args[0]));
  *result = NONE_VAL;
  return nargs < 2 || list_extend(vm, AS_LIST(args[0]), args[1]);
}

static const MethodSpec APPEND = {OBJ_LIST, "list", "append", 1, 1, false};
static const MethodSpec EXTEND = {OBJ_LIST, "list", "extend", 1, 1, false};
static const MethodSpec INSERT = {OBJ_LIST, "list", "insert", 2, 2, false};

/* list.append(x) */
static bool list_append_method(EddyVM *vm, Value *args, int nargs,
                               ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &APPEND, args, nargs, kwnames)) return false;
  *result = NONE_VAL;
  return list_append(vm, AS_LIST(args[0]), args[1]);
}

/* list.extend(iterable) */
static bool list_extend_method(EddyVM *vm, Value *args, int nargs,
                               ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &EXTEND, args, nargs, kwnames)) return false;
  *result = NONE_VAL;
  return list_extend(vm, AS_LIST(args[0]), args[1]);
}

/* list.insert(index, x) */
static bool list_insert_method(EddyVM *vm, Value *args, int nargs,
                               ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &INSERT, args, nargs, kwnames)) return false;
  int64_t index;
  if (!container_int_arg(vm, args[1], &index)) return false;
  *result = NONE_VAL;
  return list_insert(vm, AS_LIST(args[0]), index, args[2]);
}

static const MethodSpec POP = {OBJ_LIST, "list", "pop", 0, 1, false};
static const MethodSpec REMOVE = {OBJ_LIST, "list", "remove", 1, 1, false};

/* list.pop(index=-1) */
static bool list_pop(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                     Value *result) {
  if (!container_method(vm, &POP, args, nargs, kwnames)) return false;
  ObjList *list = AS_LIST(args[0]);
  int64_t i = -1;
  if (nargs > 1 && !container_int_arg(vm, args[1], &i)) return false;
  if (list->length == 0) {
    return vm_raise(vm, vm->exc.IndexError, "pop from empty list");
  }
  if (i < 0) i += (int64_t)list->length;
  if (i < 0 || i >= (int64_t)list->length) {
    return vm_raise(vm, vm->exc.IndexError, "pop index out of range");
  }
  *result = list->items[i];
  memmove(&list->items[i], &list->items[i + 1],
          (list->length - (size_t)i - 1) * sizeof(Value));
  list->length--;
  return true;
}

/* list.remove(x) */
static bool list_remove(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  if (!container_method(vm, &REMOVE, args, nargs, kwnames)) return false;
  ObjList *list = AS_LIST(args[0]);
  int64_t i;
  if (!find_item(vm, list, args[1], 0, INT64_MAX, &i)) return false;
  if (i < 0) {
    return vm_raise(vm, vm->exc.ValueError, "list.remove(x): x not in list");
  }
  memmove(&list->items[i], &list->items[i + 1],
          (list->length - (size_t)i - 1) * sizeof(Value));
  list->length--;
  *result = NONE_VAL;
  return true;
}

static const MethodSpec INDEX = {OBJ_LIST, "list", "index", 1, 3, false};
static const MethodSpec COUNT = {OBJ_LIST, "list", "count", 1, 1, false};

/* list.index(x, start=0, stop=sys.maxsize) */
static bool list_index(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  if (!container_method(vm, &INDEX, args, nargs, kwnames)) return false;
  ObjList *list = AS_LIST(args[0]);
  int64_t start, stop, i;
  if (!container_index_bounds(vm, args + 2, nargs - 2, (int64_t)list->length,
                              &start, &stop) ||
      !find_item(vm, list, args[1], start, stop, &i)) {
    return false;
  }
  if (i < 0) return container_not_in(vm, args[1], "list");
  *result = INT_VAL(i);
  return true;
}

/* list.count(x) */
static bool list_count(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  if (!container_method(vm, &COUNT, args, nargs, kwnames)) return false;
  ObjList *list = AS_LIST(args[0]);
  int64_t n = 0;
  for (int64_t i = 0;; i++) {
    if (!find_item(vm, list, args[1], i, INT64_MAX, &i)) return false;
    if (i < 0) break;
    n++;
  }
  *result = INT_VAL(n);
  return true;
}

static const MethodSpec REVERSE = {OBJ_LIST, "list", "reverse", 0, 0, false};
static const MethodSpec COPY = {OBJ_LIST, "list", "copy", 0, 0, false};
static const MethodSpec CLEAR = {OBJ_LIST, "list", "clear", 0, 0, false};

/* list.reverse() */
static bool list_reverse(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  if (!container_method(vm, &REVERSE, args, nargs, kwnames)) return false;
  ObjList *list = AS_LIST(args[0]);
  for (size_t i = 0, j = list->length; i + 1 < j; i++, j--) {
    Value t = list->items[i];
    list->items[i] = list->items[j - 1];
    list->items[j - 1] = t;
  }
  *result = NONE_VAL;
  return true;
}

/* list.copy(): always a plain list. */
static bool list_copy(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  if (!container_method(vm, &COPY, args, nargs, kwnames)) return false;
  ObjList *list = AS_LIST(args[0]);
  ObjList *copy = list_from_array(vm, list->items, list->length);
  if (!copy) return false;
  *result = OBJ_VAL(copy);
  return true;
}

/* list.clear() */
static bool list_clear_method(EddyVM *vm, Value *args, int nargs,
                              ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &CLEAR, args, nargs, kwnames)) return false;
  list_clear(vm, AS_LIST(args[0]));
  *result = NONE_VAL;
  return true;
}

/* Reads sort()'s keyword arguments into [*key] and [*reverse]. */
static bool sort_options(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                         Value *key, bool *reverse) {
  if (nargs > 1) {
    return vm_raise(vm, vm->exc.TypeError,
                    "sort() takes no positional arguments");
  }
  size_t nkw = kwnames ? kwnames->length : 0;
  if (nkw > 2) {
    return vm_raise(vm, vm->exc.TypeError,
                    "sort() takes at most 2 keyword arguments (%zu given)",
                    nkw);
  }
  for (size_t i = 0; i < nkw; i++) {
    ObjStr *name = AS_STR(kwnames->items[i]);
    Value value = args[nargs + (int)i];
    if (strcmp(name->chars, "key") == 0) {
      *key = value;
    } else if (strcmp(name->chars, "reverse") == 0) {
      int64_t flag;
      if (!container_int_arg(vm, value, &flag)) return false;
      *reverse = flag != 0;
    } else {
      return vm_raise(vm, vm->exc.TypeError,
                      "'%s' is an invalid keyword argument for sort()",
                      name->chars);
    }
  }
  return true;
}

static const MethodSpec SORT = {OBJ_LIST, "list", "sort", 0, -1, true};

/* list.sort(*, key=None, reverse=False) */
static bool list_sort_method(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &SORT, args, nargs, kwnames)) return false;
  Value key = NONE_VAL;
  bool reverse = false;
  if (!sort_options(vm, args, nargs, kwnames, &key, &reverse)) return false;
  *result = NONE_VAL;
  return list_sort(vm, AS_LIST(args[0]), key, reverse);
}

static const MethodSpec REVERSED = {OBJ_LIST, "list", "__reversed__",
                                    0,        0,      false};

/* list.__reversed__() */
static bool list_reversed(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  if (!container_method(vm, &REVERSED, args, nargs, kwnames)) return false;
  return iterator_new_seq(vm, vm->types.list_reverseiterator, args[0], result);
}

static const MethodSpec GETITEM = {OBJ_LIST, "list", "__getitem__",
                                   1,        1,      false};
static const MethodSpec SETITEM = {OBJ_LIST, "list", "__setitem__",
                                   2,        2,      false};
static const MethodSpec DELITEM = {OBJ_LIST, "list", "__delitem__",
                                   1,        1,      false};
static const MethodSpec LEN = {OBJ_LIST, "list", "__len__", 0, 0, false};
static const MethodSpec CONTAINS = {OBJ_LIST, "list", "__contains__",
                                    1,        1,      false};

/* list.__getitem__(index), reached by super() from subclasses. */
static bool list_getitem_method(EddyVM *vm, Value *args, int nargs,
                                ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &GETITEM, args, nargs, kwnames)) return false;
  return list_getitem(vm, args[0], args[1], result);
}

/* list.__setitem__(index, value) */
static bool list_setitem_method(EddyVM *vm, Value *args, int nargs,
                                ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &SETITEM, args, nargs, kwnames)) return false;
  *result = NONE_VAL;
  return list_setitem(vm, args[0], args[1], args[2]);
}

/* list.__delitem__(index) */
static bool list_delitem_method(EddyVM *vm, Value *args, int nargs,
                                ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &DELITEM, args, nargs, kwnames)) return false;
  *result = NONE_VAL;
  return list_delitem(vm, args[0], args[1]);
}

/* list.__len__() */
static bool list_len_method(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &LEN, args, nargs, kwnames)) return false;
  *result = INT_VAL((int64_t)AS_LIST(args[0])->length);
  return true;
}

/* list.__contains__(x) */
static bool list_contains_method(EddyVM *vm, Value *args, int nargs,
                                 ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &CONTAINS, args, nargs, kwnames)) return false;
  bool found;
  if (!list_contains(vm, args[0], args[1], &found)) return false;
  *result = BOOL_VAL(found);
  return true;
}

/* The methods of list, in one table. */
static const struct {
  const char *name; /* method name */
  NativeFn fn;      /* its implementation */
} list_methods[] = {
    {"__init__", list_init_method},
    {"append", list_append_method},
    {"extend", list_extend_method},
    {"insert", list_insert_method},
    {"pop", list_pop},
    {"remove", list_remove},
    {"index", list_index},
    {"count", list_count},
    {"reverse", list_reverse},
    {"copy", list_copy},
    {"clear", list_clear_method},
    {"sort", list_sort_method},
    {"__reversed__", list_reversed},
    {"__getitem__", list_getitem_method},
    {"__setitem__", list_setitem_method},
    {"__delitem__", list_delitem_method},
    {"__len__", list_len_method},
    {"__contains__", list_contains_method},
    {"__iter__", container_iter_method},
};

bool list_install(EddyVM *vm) {
  ObjClass *cls = vm->types.list;
  cls->ops = &list_ops;
  cls->construct = list_construct;
  for (size_t i = 0; i < sizeof list_methods / sizeof list_methods[0]; i++) {
    if (!native_method(vm, cls, list_methods[i].name, list_methods[i].fn)) {
      return false;
    }
  }
  return true;
}
