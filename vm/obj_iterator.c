/* obj_iterator.c: the built-in iterators, enumerate/zip/map/filter/
 * reversed, and the dict views (see obj_iterator.h). */
#include "vm/obj_iterator.h"

#include <string.h>

#include "parser/ast.h"
#include "vm/container.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_dict.h"
#include "vm/obj_int.h"
#include "vm/obj_list.h"
#include "vm/obj_range.h"
#include "vm/obj_set.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"

/* ---- construction ----------------------------------------------------- */

/* A new iterator of class [cls] over [source] advanced by [next]. */
static ObjIterator *new_iterator(EddyVM *vm, ObjClass *cls, IterNextFn next,
                                 Value source, Value extra) {
  gc_push_root(vm, source);
  gc_push_root(vm, extra);
  ObjIterator *it =
      (ObjIterator *)gc_new_object(vm, sizeof(ObjIterator), OBJ_ITERATOR, cls);
  gc_pop_roots(vm, 2);
  if (!it) return NULL;
  it->next = next;
  it->source = source;
  it->extra = extra;
  return it;
}

/* Marks [it] finished for good and reports the end. */
static bool finish(ObjIterator *it, bool *done) {
  it->exhausted = true;
  it->source = UNDEF_VAL;
  it->extra = UNDEF_VAL;
  *done = true;
  return true;
}

/* ---- sequences -------------------------------------------------------- */

static bool list_next(EddyVM *vm, ObjIterator *it, Value *out, bool *done) {
  (void)vm;
  if (it->exhausted) return finish(it, done);
  ObjList *list = AS_LIST(it->source);
  if ((size_t)it->index >= list->length) return finish(it, done);
  *out = list->items[it->index++];
  return true;
}

static bool list_reverse_next(EddyVM *vm, ObjIterator *it, Value *out,
                              bool *done) {
  (void)vm;
  if (it->exhausted) return finish(it, done);
  ObjList *list = AS_LIST(it->source);
  if (it->index < 0 || (size_t)it->index >= list->length) {
    return finish(it, done);
  }
  *out = list->items[it->index--];
  return true;
}

static bool tuple_next(EddyVM *vm, ObjIterator *it, Value *out, bool *done) {
  (void)vm;
  if (it->exhausted) return finish(it, done);
  ObjTuple *tuple = AS_TUPLE(it->source);
  if ((size_t)it->index >= tuple->length) return finish(it, done);
  *out = tuple->items[it->index++];
  return true;
}

bool iterator_new_seq(EddyVM *vm, ObjClass *cls, Value seq, Value *out) {
  IterNextFn next = cls == vm->types.tuple_iterator  ? tuple_next
                    : cls == vm->types.list_iterator ? list_next
                                                     : list_reverse_next;
  ObjIterator *it = new_iterator(vm, cls, next, seq, UNDEF_VAL);
  if (!it) return false;
  if (next == list_reverse_next) it->index = (int64_t)AS_LIST(seq)->length - 1;
  *out = OBJ_VAL(it);
  return true;
}

/* obj[index] for the old-style and reversed iterators: [*done] when it
 * raised IndexError or StopIteration. */
static bool item_or_end(EddyVM *vm, ObjIterator *it, Value *out, bool *done) {
  if (value_getitem(vm, it->source, INT_VAL(it->index), out)) return true;
  if (container_catch(vm, vm->exc.IndexError) ||
      container_catch(vm, vm->exc.StopIteration)) {
    return finish(it, done);
  }
  return false;
}

static bool getitem_next(EddyVM *vm, ObjIterator *it, Value *out, bool *done) {
  if (it->exhausted) return finish(it, done);
  if (!item_or_end(vm, it, out, done)) return false;
  if (!*done) it->index++;
  return true;
}

bool iterator_new_getitem(EddyVM *vm, Value obj, Value *out) {
  ObjIterator *it =
      new_iterator(vm, vm->types.seq_iterator, getitem_next, obj, UNDEF_VAL);
  if (!it) return false;
  *out = OBJ_VAL(it);
  return true;
}

/* reversed(seq) over a sequence without __reversed__. */
static bool reversed_next(EddyVM *vm, ObjIterator *it, Value *out, bool *done) {
  if (it->exhausted || it->index < 0) return finish(it, done);
  if (!item_or_end(vm, it, out, done)) return false;
  it->index--;
  return true;
}

static bool callable_next(EddyVM *vm, ObjIterator *it, Value *out, bool *done) {
  if (it->exhausted) return finish(it, done);
  if (!vm_call(vm, it->source, NULL, 0, NULL, out)) {
    return container_catch(vm, vm->exc.StopIteration) && finish(it, done);
  }
  bool same = value_is(*out, it->extra);
  gc_push_root(vm, *out);
  bool ok = same || value_eq(vm, *out, it->extra, &same);
  gc_pop_roots(vm, 1);
  if (!ok) return false;
  return same ? finish(it, done) : true;
}

bool iterator_new_callable(EddyVM *vm, Value callable, Value sentinel,
                           Value *out) {
  ObjIterator *it = new_iterator(vm, vm->types.callable_iterator, callable_next,
                                 callable, sentinel);
  if (!it) return false;
  *out = OBJ_VAL(it);
  return true;
}

/* ---- range ------------------------------------------------------------ */

static bool range_small_next(EddyVM *vm, ObjIterator *it, Value *out,
                             bool *done) {
  (void)vm;
  if (it->stop <= 0) return finish(it, done);
  *out = INT_VAL(it->index);
  it->index = (int64_t)((uint64_t)it->index + (uint64_t)AS_INT(it->extra));
  it->stop--;
  return true;
}

bool iterator_new_small_range(EddyVM *vm, int64_t start, int64_t step,
                              int64_t count, Value *out) {
  ObjIterator *it = new_iterator(vm, vm->types.range_iterator, range_small_next,
                                 UNDEF_VAL, INT_VAL(step));
  if (!it) return false;
  it->index = start;
  it->stop = count;
  *out = OBJ_VAL(it);
  return true;
}

static bool range_big_next(EddyVM *vm, ObjIterator *it, Value *out,
                           bool *done) {
  if (it->exhausted) return finish(it, done);
  ObjRange *cursor = AS_RANGE(it->source);
  mpz_t cur, stop, step;
  mpz_inits(cur, stop, step, NULL);
  int_to_mpz(cursor->start, cur);
  int_to_mpz(cursor->stop, stop);
  int_to_mpz(cursor->step, step);
  int cmp = mpz_cmp(cur, stop);
  bool more = mpz_sgn(step) > 0 ? cmp < 0 : cmp > 0;
  bool ok = true;
  if (more) {
    *out = cursor->start;
    mpz_add(cur, cur, step);
    gc_push_root(vm, *out);
    Value next = int_take_mpz(vm, cur);
    gc_pop_roots(vm, 1);
    ok = !IS_UNDEF(next);
    if (ok) cursor->start = next;
  } else {
    mpz_clear(cur);
  }
  mpz_clears(stop, step, NULL);
  return !ok ? false : more ? true : finish(it, done);
}

bool iterator_new_big_range(EddyVM *vm, ObjRange *cursor, Value *out) {
  ObjIterator *it = new_iterator(vm, vm->types.range_iterator, range_big_next,
                                 OBJ_VAL(cursor), UNDEF_VAL);
  if (!it) return false;
  *out = OBJ_VAL(it);
  return true;
}

/* ---- sets and dicts --------------------------------------------------- */

static bool set_iter_next(EddyVM *vm, ObjIterator *it, Value *out, bool *done) {
  if (it->exhausted) return finish(it, done);
  ObjSet *set = AS_SET(it->source);
  if (set->table->count != it->version) {
    it->version = UINT64_MAX; /* the error repeats */
    return vm_raise(vm, vm->exc.RuntimeError,
                    "Set changed size during iteration");
  }
  size_t pos = (size_t)it->index;
  if (!set_next(set, &pos, out)) return finish(it, done);
  it->index = (int64_t)pos;
  it->stop--;
  return true;
}

bool iterator_new_set(EddyVM *vm, ObjSet *set, Value *out) {
  ObjIterator *it = new_iterator(vm, vm->types.set_iterator, set_iter_next,
                                 OBJ_VAL(set), UNDEF_VAL);
  if (!it) return false;
  it->version = set->table->count;
  it->stop = (int64_t)set->table->count;
  *out = OBJ_VAL(it);
  return true;
}

/* What a dict iterator yields. */
typedef enum { YIELD_KEY, YIELD_VALUE, YIELD_ITEM } DictYield;

/* Produces the entry [entry] as [what] asks. */
static bool yield_entry(EddyVM *vm, const DictEntry *entry, DictYield what,
                        Value *out) {
  if (what == YIELD_KEY) {
    *out = entry->key;
  } else if (what == YIELD_VALUE) {
    *out = entry->value;
  } else {
    ObjTuple *pair = tuple_pack2(vm, entry->key, entry->value);
    if (!pair) return false;
    *out = OBJ_VAL(pair);
  }
  return true;
}

/* Checks that the dict under [it] kept its size. */
static bool dict_unchanged(EddyVM *vm, ObjIterator *it, ObjDict *dict) {
  if (dict->count == it->version) return true;
  it->version = UINT64_MAX; /* the error repeats */
  return vm_raise(vm, vm->exc.RuntimeError,
                  "dictionary changed size during iteration");
}

/* The next entry of a forward dict iterator. */
static bool dict_forward(EddyVM *vm, ObjIterator *it, DictYield what,
                         Value *out, bool *done) {
  if (it->exhausted) return finish(it, done);
  ObjDict *dict = AS_DICT(it->source);
  if (!dict_unchanged(vm, it, dict)) return false;
  size_t i = (size_t)it->index;
  while (i < dict->used && IS_UNDEF(dict->entries[i].key)) i++;
  if (i >= dict->used) return finish(it, done);
  if (it->stop == 0) {
    it->exhausted = true;
    return vm_raise(vm, vm->exc.RuntimeError,
                    "dictionary keys changed during iteration");
  }
  it->index = (int64_t)i + 1;
  it->stop--;
  return yield_entry(vm, &dict->entries[i], what, out);
}

/* The next entry of a reverse dict iterator. */
static bool dict_backward(EddyVM *vm, ObjIterator *it, DictYield what,
                          Value *out, bool *done) {
  if (it->exhausted) return finish(it, done);
  ObjDict *dict = AS_DICT(it->source);
  if (!dict_unchanged(vm, it, dict)) return false;
  int64_t i = it->index;
  if (i >= (int64_t)dict->used) i = (int64_t)dict->used - 1;
  while (i >= 0 && IS_UNDEF(dict->entries[i].key)) i--;
  if (i < 0) return finish(it, done);
  it->index = i - 1;
  return yield_entry(vm, &dict->entries[i], what, out);
}

static bool dict_key_next(EddyVM *vm, ObjIterator *it, Value *out, bool *done) {
  return dict_forward(vm, it, YIELD_KEY, out, done);
}

static bool dict_value_next(EddyVM *vm, ObjIterator *it, Value *out,
                            bool *done) {
  return dict_forward(vm, it, YIELD_VALUE, out, done);
}

static bool dict_item_next(EddyVM *vm, ObjIterator *it, Value *out,
                           bool *done) {
  return dict_forward(vm, it, YIELD_ITEM, out, done);
}

static bool dict_rkey_next(EddyVM *vm, ObjIterator *it, Value *out,
                           bool *done) {
  return dict_backward(vm, it, YIELD_KEY, out, done);
}

static bool dict_rvalue_next(EddyVM *vm, ObjIterator *it, Value *out,
                             bool *done) {
  return dict_backward(vm, it, YIELD_VALUE, out, done);
}

static bool dict_ritem_next(EddyVM *vm, ObjIterator *it, Value *out,
                            bool *done) {
  return dict_backward(vm, it, YIELD_ITEM, out, done);
}

bool iterator_new_dict(EddyVM *vm, ObjClass *cls, ObjDict *dict, Value *out) {
  BuiltinClasses *t = &vm->types;
  IterNextFn next = cls == t->dict_keyiterator            ? dict_key_next
                    : cls == t->dict_valueiterator        ? dict_value_next
                    : cls == t->dict_itemiterator         ? dict_item_next
                    : cls == t->dict_reversekeyiterator   ? dict_rkey_next
                    : cls == t->dict_reversevalueiterator ? dict_rvalue_next
                                                          : dict_ritem_next;
  ObjIterator *it = new_iterator(vm, cls, next, OBJ_VAL(dict), UNDEF_VAL);
  if (!it) return false;
  bool reverse = next == dict_rkey_next || next == dict_rvalue_next ||
                 next == dict_ritem_next;
  it->index = reverse ? (int64_t)dict->used - 1 : 0;
  it->version = dict->count;
  it->stop = (int64_t)dict->count;
  *out = OBJ_VAL(it);
  return true;
}

bool iterator_new_view(EddyVM *vm, ObjClass *cls, ObjDict *dict, Value *out) {
  ObjIterator *it = new_iterator(vm, cls, NULL, OBJ_VAL(dict), UNDEF_VAL);
  if (!it) return false;
  *out = OBJ_VAL(it);
  return true;
}

bool iterator_new_for(EddyVM *vm, Value iterable, Value *out) {
  ObjClass *cls = vm_class_of(vm, iterable);
  if (cls->ops && cls->ops->iter) return cls->ops->iter(vm, iterable, out);
  return vm_raise(vm, vm->exc.TypeError, "'%s' object is not iterable",
                  vm_type_name(vm, iterable));
}

/* ---- enumerate, zip, map, filter ------------------------------------- */

/* [count] + 1 for any int. */
static Value int_successor(EddyVM *vm, Value count) {
  if (IS_INT(count) && AS_INT(count) < INT64_MAX) {
    return INT_VAL(AS_INT(count) + 1);
  }
  mpz_t n;
  mpz_init(n);
  int_to_mpz(count, n);
  mpz_add_ui(n, n, 1);
  return int_take_mpz(vm, n);
}

static bool enumerate_next(EddyVM *vm, ObjIterator *it, Value *out,
                           bool *done) {
  if (it->exhausted) return finish(it, done);
  Value item;
  if (!value_next(vm, it->source, &item, done)) return false;
  if (*done) {
    *out = item; /* the source's result */
    return finish(it, done);
  }
  Value count = it->extra;
  gc_push_root(vm, item);
  gc_push_root(vm, count);
  Value next = int_successor(vm, count);
  ObjTuple *pair = NULL;
  if (!IS_UNDEF(next)) {
    it->extra = next;
    pair = tuple_pack2(vm, count, item);
  }
  gc_pop_roots(vm, 2);
  if (!pair) return false;
  *out = OBJ_VAL(pair);
  return true;
}

/* Raises zip(strict=True)'s error when argument [i] (0-based) ran out
 * before the others ([shorter]) or outlived argument 1. */
static bool zip_mismatch(EddyVM *vm, size_t i, bool shorter) {
  const char *plural = i == 1 ? " " : "s 1-";
  return vm_raise(vm, vm->exc.ValueError,
                  "zip() argument %zu is %s than argument%s%zu", i + 1,
                  shorter ? "shorter" : "longer", plural, i);
}

/* The first iterator of a strict zip ended: every other must end too. */
static bool zip_check_rest(EddyVM *vm, ObjTuple *its) {
  for (size_t i = 1; i < its->length; i++) {
    Value item;
    bool done = false;
    if (!value_next(vm, its->items[i], &item, &done)) return false;
    if (!done) return zip_mismatch(vm, i, false);
  }
  return true;
}

static bool zip_next(EddyVM *vm, ObjIterator *it, Value *out, bool *done) {
  *done = false;
  if (it->exhausted) return finish(it, done);
  ObjTuple *its = AS_TUPLE(it->source);
  if (its->length == 0) return finish(it, done);
  ObjTuple *result = tuple_new(vm, its->length);
  if (!result) return false;
  gc_push_root(vm, OBJ_VAL(result));
  bool ok = true;
  size_t i = 0;
  for (; ok && i < its->length; i++) {
    ok = value_next(vm, its->items[i], &result->items[i], done);
    if (ok && *done && it->index) {
      ok = i > 0 ? zip_mismatch(vm, i, true) : zip_check_rest(vm, its);
    }
    if (*done) break;
  }
  gc_pop_roots(vm, 1);
  if (!ok) return false;
  if (*done) {
    *out = result->items[i]; /* the result of the one that ended */
    return finish(it, done);
  }
  *out = OBJ_VAL(result);
  return true;
}

/* Calls map's function on the next item of each iterator. */
static bool map_next(EddyVM *vm, ObjIterator *it, Value *out, bool *done) {
  *done = false;
  if (it->exhausted) return finish(it, done);
  ObjTuple *its = AS_TUPLE(it->source);
  ObjTuple *args = tuple_new(vm, its->length);
  if (!args) return false;
  gc_push_root(vm, OBJ_VAL(args));
  bool ok = true;
  size_t i = 0;
  for (; ok && i < its->length; i++) {
    ok = value_next(vm, its->items[i], &args->items[i], done);
    if (*done) break;
  }
  if (ok && !*done) {
    ok = vm_call(vm, it->extra, args->items, (int)args->length, NULL, out);
  }
  gc_pop_roots(vm, 1);
  if (ok && *done) {
    *out = args->items[i]; /* the result of the one that ended */
    return finish(it, done);
  }
  return ok;
}

static bool filter_next(EddyVM *vm, ObjIterator *it, Value *out, bool *done) {
  for (;;) {
    if (it->exhausted) return finish(it, done);
    /* At the end [*out] keeps the source's result, as CPython's
     * StopIteration passes through. */
    if (!value_next(vm, it->source, out, done)) return false;
    if (*done) return finish(it, done);
    Value test = *out;
    gc_push_root(vm, *out);
    bool keep;
    bool ok =
        (IS_NONE(it->extra) || vm_call(vm, it->extra, out, 1, NULL, &test)) &&
        value_truthy(vm, test, &keep);
    gc_pop_roots(vm, 1);
    if (!ok) return false;
    if (keep) return true;
  }
}

/* Turns each of [args][0..n) into an iterator, in a new tuple. */
static bool iterators_of(EddyVM *vm, Value *args, int n, Value *out) {
  ObjTuple *its = tuple_new(vm, (size_t)n);
  if (!its) return false;
  *out = OBJ_VAL(its);
  gc_push_root(vm, *out);
  bool ok = true;
  for (int i = 0; ok && i < n; i++) {
    ok = value_iter(vm, args[i], &its->items[i]);
  }
  gc_pop_roots(vm, 1);
  return ok;
}

/* enumerate(iterable, start=0) */
static bool enumerate_construct(EddyVM *vm, Value *args, int nargs,
                                ObjTuple *kwnames, Value *result) {
  static const char *const names[] = {"iterable", "start"};
  Value params[2];
  if (!native_parse_args(vm, "enumerate", args + 1, nargs - 1, kwnames, names,
                         2, 0, 0, params)) {
    return false;
  }
  if (IS_UNDEF(params[0])) {
    return vm_raise(vm, vm->exc.TypeError,
                    "enumerate() missing required argument 'iterable'");
  }
  Value start = IS_UNDEF(params[1]) ? INT_VAL(0) : params[1];
  if (!IS_ANY_INT(start)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "'%s' object cannot be interpreted as an integer",
                    vm_type_name(vm, start));
  }
  if (IS_BOOL(start)) start = INT_VAL(AS_BOOL(start));
  Value source;
  if (!value_iter(vm, params[0], &source)) return false;
  ObjIterator *it =
      new_iterator(vm, AS_CLASS(args[0]), enumerate_next, source, start);
  if (!it) return false;
  *result = OBJ_VAL(it);
  return true;
}

/* Reads zip's only keyword argument, strict. */
static bool zip_strict(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       bool *strict) {
  *strict = false;
  for (size_t i = 0; kwnames && i < kwnames->length; i++) {
    ObjStr *name = AS_STR(kwnames->items[i]);
    if (strcmp(name->chars, "strict") != 0) {
      return vm_raise(vm, vm->exc.TypeError,
                      "'%s' is an invalid keyword argument for zip()",
                      name->chars);
    }
    if (!value_truthy(vm, args[nargs + (int)i], strict)) return false;
  }
  return true;
}

/* zip(*iterables, strict=False) */
static bool zip_construct(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  bool strict;
  Value its;
  if (!zip_strict(vm, args, nargs, kwnames, &strict) ||
      !iterators_of(vm, args + 1, nargs - 1, &its)) {
    return false;
  }
  ObjIterator *it =
      new_iterator(vm, AS_CLASS(args[0]), zip_next, its, UNDEF_VAL);
  if (!it) return false;
  it->index = strict;
  *result = OBJ_VAL(it);
  return true;
}

/* map(function, iterable, *iterables) */
static bool map_construct(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  if (!native_no_kwargs(vm, "map", kwnames)) return false;
  if (nargs < 3) {
    return vm_raise(vm, vm->exc.TypeError,
                    "map() must have at least two arguments.");
  }
  Value its;
  if (!iterators_of(vm, args + 2, nargs - 2, &its)) return false;
  ObjIterator *it = new_iterator(vm, AS_CLASS(args[0]), map_next, its, args[1]);
  if (!it) return false;
  *result = OBJ_VAL(it);
  return true;
}

/* filter(function_or_None, iterable) */
static bool filter_construct(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  if (!native_no_kwargs(vm, "filter", kwnames) ||
      !native_check_count(vm, "filter", nargs - 1, 2, 2)) {
    return false;
  }
  Value source;
  if (!value_iter(vm, args[2], &source)) return false;
  Value fn = container_is_exact(args[1], vm->types.bool_) ? NONE_VAL : args[1];
  ObjIterator *it =
      new_iterator(vm, AS_CLASS(args[0]), filter_next, source, fn);
  if (!it) return false;
  *result = OBJ_VAL(it);
  return true;
}

/* ---- reversed --------------------------------------------------------- */

/* reversed() of the built-in types that know how, without a method
 * call; false with [*handled] clear for others. */
static bool reversed_builtin(EddyVM *vm, Value seq, Value *out, bool *handled) {
  *handled = true;
  if (container_is_exact(seq, vm->types.list)) {
    return iterator_new_seq(vm, vm->types.list_reverseiterator, seq, out);
  }
  if (IS_RANGE(seq)) return range_iter(vm, AS_RANGE(seq), true, out);
  if (container_is_exact(seq, vm->types.dict)) {
    return iterator_new_dict(vm, vm->types.dict_reversekeyiterator,
                             AS_DICT(seq), out);
  }
  *handled = false;
  return false;
}

/* A `reversed` object over the sequence [seq] (len + __getitem__). */
static bool reversed_sequence(EddyVM *vm, ObjClass *cls, Value seq,
                              Value *out) {
  int64_t len;
  if (!value_len(vm, seq, &len)) return false;
  ObjIterator *it = new_iterator(vm, cls, reversed_next, seq, UNDEF_VAL);
  if (!it) return false;
  it->index = len - 1;
  *out = OBJ_VAL(it);
  return true;
}

/* True when [v] is a sequence: CPython's PySequence_Check (it can be
 * indexed by ints: not a dict or set). */
static bool is_sequence(EddyVM *vm, Value v, ObjStr *getitem) {
  ObjClass *cls = vm_class_of(vm, v);
  if (IS_DICT(v) || IS_SET(v)) return false;
  if (cls->ops && cls->ops->getitem) return true;
  return !cls->is_builtin && !IS_UNDEF(class_lookup(cls, getitem));
}

/* reversed(sequence) */
static bool reversed_construct(EddyVM *vm, Value *args, int nargs,
                               ObjTuple *kwnames, Value *result) {
  if (!native_no_kwargs(vm, "reversed", kwnames)) return false;
  if (nargs != 2) {
    return vm_raise(vm, vm->exc.TypeError,
                    "reversed expected 1 argument, got %d", nargs - 1);
  }
  Value seq = args[1];
  bool handled;
  bool ok = reversed_builtin(vm, seq, result, &handled);
  if (handled) return ok;
  ObjStr *name = str_intern_cstr(vm, "__reversed__");
  ObjStr *getitem = name ? str_intern_cstr(vm, "__getitem__") : NULL;
  if (!getitem) return false;
  Value method = class_lookup(vm_class_of(vm, seq), name);
  if (!IS_UNDEF(method) && !IS_NONE(method)) {
    Value fn;
    return value_getattr(vm, seq, name, &fn) &&
           vm_call(vm, fn, NULL, 0, NULL, result);
  }
  if (IS_NONE(method) || !is_sequence(vm, seq, getitem)) {
    return vm_raise(vm, vm->exc.TypeError, "'%s' object is not reversible",
                    vm_type_name(vm, seq));
  }
  return reversed_sequence(vm, AS_CLASS(args[0]), seq, result);
}

/* ---- dict views ------------------------------------------------------- */

bool iterator_is_set_view(EddyVM *vm, Value v) {
  return IS_ITERATOR(v) && (AS_OBJ(v)->cls == vm->types.dict_keys ||
                            AS_OBJ(v)->cls == vm->types.dict_items);
}

/* The dict behind the view [v]. */
static ObjDict *view_dict(Value v) { return AS_DICT(AS_ITERATOR(v)->source); }

static bool view_repr(EddyVM *vm, Value v, ByteBuf *out) {
  bool busy;
  if (!container_repr_enter(vm, v, &busy)) return false;
  if (busy) return buf_puts(out, "...") || vm_raise_memory(vm);
  Value list;
  bool ok = value_to_list(vm, v, &list);
  if (ok) {
    gc_push_root(vm, list);
    ok = (buf_printf(out, "%s(", AS_OBJ(v)->cls->name->chars) ||
          vm_raise_memory(vm)) &&
         value_repr(vm, list, out) &&
         (buf_putc(out, ')') || vm_raise_memory(vm));
    gc_pop_roots(vm, 1);
  }
  container_repr_leave(vm, v);
  return ok;
}

static bool view_len(EddyVM *vm, Value v, int64_t *out) {
  (void)vm;
  *out = (int64_t)view_dict(v)->count;
  return true;
}

static bool view_truth(EddyVM *vm, Value v, bool *out) {
  (void)vm;
  *out = view_dict(v)->count > 0;
  return true;
}

static bool keys_iter(EddyVM *vm, Value v, Value *out) {
  return iterator_new_dict(vm, vm->types.dict_keyiterator, view_dict(v), out);
}

static bool values_iter(EddyVM *vm, Value v, Value *out) {
  return iterator_new_dict(vm, vm->types.dict_valueiterator, view_dict(v), out);
}

static bool items_iter(EddyVM *vm, Value v, Value *out) {
  return iterator_new_dict(vm, vm->types.dict_itemiterator, view_dict(v), out);
}

static bool keys_contains(EddyVM *vm, Value v, Value key, bool *out) {
  Value ignored;
  return dict_get(vm, view_dict(v), key, &ignored, out);
}

static bool items_contains(EddyVM *vm, Value v, Value key, bool *out) {
  *out = false;
  if (!IS_TUPLE(key) || AS_TUPLE(key)->length != 2) return true;
  Value value;
  bool found;
  if (!dict_get(vm, view_dict(v), AS_TUPLE(key)->items[0], &value, &found)) {
    return false;
  }
  if (!found) return true;
  gc_push_root(vm, value);
  bool ok = value_eq(vm, value, AS_TUPLE(key)->items[1], out);
  gc_pop_roots(vm, 1);
  return ok;
}

static bool values_contains(EddyVM *vm, Value v, Value key, bool *out) {
  ObjDict *dict = view_dict(v);
  *out = false;
  for (size_t i = 0; !*out && i < dict->used; i++) {
    Value value = dict->entries[i].value;
    if (IS_UNDEF(dict->entries[i].key)) continue;
    gc_push_root(vm, value);
    bool ok = value_eq(vm, value, key, out);
    gc_pop_roots(vm, 1);
    if (!ok) return false;
  }
  return true;
}

/* Whether every item of [a] is in [b]. */
static bool all_contained_in(EddyVM *vm, Value a, Value b, bool *out) {
  Value it;
  if (!value_iter(vm, a, &it)) return false;
  gc_push_root(vm, it);
  bool ok = true;
  *out = true;
  while (ok && *out) {
    Value item;
    bool done = false;
    ok = value_next(vm, it, &item, &done);
    if (!ok || done) break;
    gc_push_root(vm, item);
    ok = value_contains(vm, b, item, out);
    gc_pop_roots(vm, 1);
  }
  gc_pop_roots(vm, 1);
  return ok;
}

bool iterator_view_compare(EddyVM *vm, CompareOp op, Value a, Value b,
                           Value *out) {
  if (!IS_SET(b) && !iterator_is_set_view(vm, b)) {
    *out = vm->not_implemented;
    return true;
  }
  int64_t na, nb;
  if (!value_len(vm, a, &na) || !value_len(vm, b, &nb)) return false;
  bool result = false, ok = true;
  switch (op) {
  case COMPARE_EQ:
  case COMPARE_NE:
    if (na == nb) ok = all_contained_in(vm, a, b, &result);
    if (op == COMPARE_NE) result = !result;
    break;
  case COMPARE_LT:
    if (na < nb) ok = all_contained_in(vm, a, b, &result);
    break;
  case COMPARE_LE:
    if (na <= nb) ok = all_contained_in(vm, a, b, &result);
    break;
  case COMPARE_GT:
    if (na > nb) ok = all_contained_in(vm, b, a, &result);
    break;
  case COMPARE_GE:
    if (na >= nb) ok = all_contained_in(vm, b, a, &result);
    break;
  }
  if (!ok) return false;
  *out = BOOL_VAL(result);
  return true;
}

static bool set_view_eq(EddyVM *vm, Value a, Value b, bool *out) {
  Value result;
  if (!iterator_view_compare(vm, COMPARE_EQ, a, b, &result)) return false;
  *out = IS_BOOL(result) && AS_BOOL(result);
  return true;
}

static bool values_eq(EddyVM *vm, Value a, Value b, bool *out) {
  (void)vm;
  *out = value_is(a, b);
  return true;
}

/* A new set holding the items of [v] (a keys view reads its dict
 * directly, as CPython's dictviews_to_set does). */
static bool set_of(EddyVM *vm, Value v, ObjSet **out) {
  *out = set_new(vm, false);
  if (!*out) return false;
  gc_push_root(vm, OBJ_VAL(*out));
  Value src = IS_ITERATOR(v) && AS_OBJ(v)->cls == vm->types.dict_keys
                  ? AS_ITERATOR(v)->source
                  : v;
  bool ok = set_update(vm, *out, src);
  gc_pop_roots(vm, 1);
  return ok;
}

/* set(a) updated by [op] with [b]: the view |, - and ^. */
static bool view_update(EddyVM *vm, Value a, Value b, const char *method,
                        Value *out) {
  ObjSet *result;
  if (!set_of(vm, a, &result)) return false;
  *out = OBJ_VAL(result);
  gc_push_root(vm, *out);
  ObjStr *name = str_intern_cstr(vm, method);
  Value fn, ignored;
  bool ok = name && value_getattr(vm, *out, name, &fn) &&
            vm_call(vm, fn, &b, 1, NULL, &ignored);
  gc_pop_roots(vm, 1);
  return ok;
}

bool iterator_view_or(EddyVM *vm, Value a, Value b, Value *out) {
  return view_update(vm, a, b, "update", out);
}

bool iterator_view_sub(EddyVM *vm, Value a, Value b, Value *out) {
  return view_update(vm, a, b, "difference_update", out);
}

bool iterator_view_xor(EddyVM *vm, Value a, Value b, Value *out) {
  return view_update(vm, a, b, "symmetric_difference_update", out);
}

/* State of a view intersection. */
typedef struct ViewAnd {
  Value view;     /* the view tested for membership */
  ObjSet *result; /* the common items */
} ViewAnd;

static bool view_and_one(EddyVM *vm, Value item, void *ctx) {
  ViewAnd *state = ctx;
  bool found;
  if (!value_contains(vm, state->view, item, &found)) return false;
  return !found || set_add(vm, state->result, item);
}

bool iterator_view_and(EddyVM *vm, Value a, Value b, Value *out) {
  Value self = iterator_is_set_view(vm, a) ? a : b;
  Value other = value_is(self, a) ? b : a;
  int64_t len_self = (int64_t)view_dict(self)->count, len_other;
  if (container_is_exact(other, vm->types.set) &&
      len_self <= (int64_t)AS_SET(other)->table->count) {
    ObjStr *name = str_intern_cstr(vm, "intersection");
    Value fn;
    return name && value_getattr(vm, other, name, &fn) &&
           vm_call(vm, fn, &self, 1, NULL, out);
  }
  if (iterator_is_set_view(vm, other) &&
      (len_other = (int64_t)view_dict(other)->count) > len_self) {
    Value t = self;
    self = other;
    other = t;
  }
  ViewAnd state = {self, set_new(vm, false)};
  if (!state.result) return false;
  *out = OBJ_VAL(state.result);
  gc_push_root(vm, *out);
  bool ok = container_each(vm, other, view_and_one, &state);
  gc_pop_roots(vm, 1);
  return ok;
}

/* The set operators of dict_keys and dict_items for the arithmetic
 * dispatch ([a] or [b] is the view; the other may be any iterable). */
static bool view_binary(EddyVM *vm, int op, Value a, Value b, bool inplace,
                        Value *out, bool *handled) {
  (void)inplace; /* views have no in-place forms: a new set either way */
  *handled = true;
  switch (op) {
  case BINOP_BITOR: return iterator_view_or(vm, a, b, out);
  case BINOP_BITAND: return iterator_view_and(vm, a, b, out);
  case BINOP_SUB: return iterator_view_sub(vm, a, b, out);
  case BINOP_BITXOR: return iterator_view_xor(vm, a, b, out);
  default: *handled = false; return true;
  }
}

/* ---- TypeOps of the iterators and views ------------------------------ */

static bool iterator_repr(EddyVM *vm, Value v, ByteBuf *out) {
  return buf_printf(out, "<%s object at %p>", AS_OBJ(v)->cls->name->chars,
                    (void *)AS_OBJ(v)) ||
         vm_raise_memory(vm);
}

static bool iterator_self(EddyVM *vm, Value v, Value *out) {
  (void)vm;
  *out = v;
  return true;
}

/* Iterators hash by identity, as objects without __eq__ do. */
static bool iterator_hash(EddyVM *vm, Value v, int64_t *out) {
  (void)vm;
  *out = (int64_t)(((uintptr_t)AS_OBJ(v)) >> 4);
  return true;
}

static const TypeOps iterator_ops = {
    .repr = iterator_repr,
    .iter = iterator_self,
    .hash = iterator_hash,
};

static const TypeOps keys_ops = {
    .repr = view_repr,
    .eq = set_view_eq,
    .iter = keys_iter,
    .len = view_len,
    .contains = keys_contains,
    .truth = view_truth,
    .binary = view_binary,
};

static const TypeOps values_ops = {
    .repr = view_repr,
    .eq = values_eq,
    .iter = values_iter,
    .len = view_len,
    .contains = values_contains,
    .truth = view_truth,
};

static const TypeOps items_ops = {
    .repr = view_repr,
    .eq = set_view_eq,
    .iter = items_iter,
    .len = view_len,
    .contains = items_contains,
    .truth = view_truth,
    .binary = view_binary,
};

/* ---- methods ---------------------------------------------------------- */

static const MethodSpec NEXT = {OBJ_ITERATOR, "iterator", "__next__", 0, 0,
                                false};
static const MethodSpec ITER = {OBJ_ITERATOR, "iterator", "__iter__", 0, 0,
                                false};

/* it.__next__(): raises StopIteration at the end. */
static bool iterator_next_method(EddyVM *vm, Value *args, int nargs,
                                 ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &NEXT, args, nargs, kwnames)) return false;
  bool done = false;
  if (!value_next(vm, args[0], result, &done)) return false;
  if (done) return vm_raise_value(vm, OBJ_VAL(vm->exc.StopIteration));
  return true;
}

/* it.__iter__(): the iterator itself. */
static bool iterator_iter_method(EddyVM *vm, Value *args, int nargs,
                                 ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &ITER, args, nargs, kwnames)) return false;
  *result = args[0];
  return true;
}

static const MethodSpec ISDISJOINT = {
    OBJ_ITERATOR, "dict_keys", "isdisjoint", 1, 1, false};
static const MethodSpec VIEW_REVERSED = {
    OBJ_ITERATOR, "dict_keys", "__reversed__", 0, 0, false};

/* State of view.isdisjoint over an iterable. */
typedef struct ViewDisjoint {
  Value view;    /* the view tested */
  bool disjoint; /* nothing common found yet */
} ViewDisjoint;

static bool view_disjoint_one(EddyVM *vm, Value item, void *ctx) {
  ViewDisjoint *state = ctx;
  if (!state->disjoint) return true;
  bool found;
  if (!value_contains(vm, state->view, item, &found)) return false;
  state->disjoint = !found;
  return true;
}

/* view.isdisjoint(other) */
static bool view_isdisjoint(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &ISDISJOINT, args, nargs, kwnames)) return false;
  ViewDisjoint state = {args[0], true};
  if (!container_each(vm, args[1], view_disjoint_one, &state)) return false;
  *result = BOOL_VAL(state.disjoint);
  return true;
}

/* view.__reversed__() */
static bool view_reversed(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  if (!container_method(vm, &VIEW_REVERSED, args, nargs, kwnames)) {
    return false;
  }
  BuiltinClasses *t = &vm->types;
  ObjClass *view = AS_OBJ(args[0])->cls;
  ObjClass *cls = view == t->dict_keys     ? t->dict_reversekeyiterator
                  : view == t->dict_values ? t->dict_reversevalueiterator
                                           : t->dict_reverseitemiterator;
  return iterator_new_dict(vm, cls, view_dict(args[0]), result);
}

/* Gives an iterator class its ops and __next__/__iter__. */
static bool install_iterator_class(EddyVM *vm, ObjClass *cls) {
  cls->ops = &iterator_ops;
  return native_method(vm, cls, "__next__", iterator_next_method) &&
         native_method(vm, cls, "__iter__", iterator_iter_method);
}

/* Gives a view class its ops and methods. */
static bool install_view_class(EddyVM *vm, ObjClass *cls, const TypeOps *ops) {
  cls->ops = ops;
  cls->allows_subclass = false;
  bool ok = native_method(vm, cls, "__reversed__", view_reversed);
  if (ok && ops != &values_ops) {
    ok = native_method(vm, cls, "isdisjoint", view_isdisjoint);
  }
  return ok;
}

/* A builtin class that scripts call: its constructor, stored in the
 * builtins too. */
static bool install_callable(EddyVM *vm, ObjClass *cls, NativeFn construct) {
  cls->construct = construct;
  cls->allows_subclass = true;
  return install_iterator_class(vm, cls) &&
         (!vm->builtins ||
          dict_set_str(vm, vm->builtins, cls->name, OBJ_VAL(cls)));
}

bool iterator_install(EddyVM *vm) {
  BuiltinClasses *t = &vm->types;
  ObjClass *hidden[] = {
      t->list_iterator,
      t->list_reverseiterator,
      t->tuple_iterator,
      t->range_iterator,
      t->set_iterator,
      t->dict_keyiterator,
      t->dict_valueiterator,
      t->dict_itemiterator,
      t->dict_reversekeyiterator,
      t->dict_reversevalueiterator,
      t->dict_reverseitemiterator,
      t->seq_iterator,
      t->callable_iterator,
      t->str_ascii_iterator,
      t->str_iterator,
      t->bytes_iterator,
      t->coroutine_wrapper,
      t->async_generator_asend,
      t->async_generator_athrow,
      t->anext_awaitable,
  };
  for (size_t i = 0; i < sizeof hidden / sizeof hidden[0]; i++) {
    hidden[i]->allows_subclass = false;
    if (!install_iterator_class(vm, hidden[i])) return false;
  }
  return install_view_class(vm, t->dict_keys, &keys_ops) &&
         install_view_class(vm, t->dict_values, &values_ops) &&
         install_view_class(vm, t->dict_items, &items_ops) &&
         install_callable(vm, t->enumerate, enumerate_construct) &&
         install_callable(vm, t->zip, zip_construct) &&
         install_callable(vm, t->map, map_construct) &&
         install_callable(vm, t->filter, filter_construct) &&
         install_callable(vm, t->reversed, reversed_construct);
}
