/* reprlib.c: CPython's reprlib.repr in C (see reprlib.h).
 *
 * Each repr_* function below follows the method of reprlib.Repr with the
 * same name. Text is cut by code points, as Python slices str, while the
 * reprs are built as UTF-8 in ByteBufs.
 */
#include <inttypes.h>
#include <string.h>

#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/obj_dict.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/protocol.h"
#include "vm/reprlib.h"
#include "vm/text_repr.h"

/* The limits of reprlib's default Repr instance. */
enum {
  MAX_LEVEL = 6,    /* nesting shown before "..." */
  MAX_SEQUENCE = 6, /* items of a tuple, list, set, frozenset or deque */
  MAX_DICT = 4,     /* entries of a dict */
  MAX_STRING = 30,  /* characters of a str's repr */
  MAX_LONG = 40,    /* characters of an int's repr */
  MAX_OTHER = 30,   /* characters of any other repr */
};

static const char FILL[] = "...";

/* How a sequence is written: left, items, right. */
typedef struct Shape {
  const char *left;  /* before the items */
  const char *right; /* after them */
  const char *trail; /* before [right] when there is exactly one item */
  size_t max_items;  /* items shown before "..." */
} Shape;

static bool repr1(EddyVM *vm, Value v, int level, ByteBuf *out);

/* ---- text -------------------------------------------------------------------
 */

/* Code points in the [n] bytes of UTF-8 at [s]. */
static size_t cp_count(const char *s, size_t n) {
  size_t count = 0;
  for (size_t i = 0; i < n; i++) count += ((unsigned char)s[i] & 0xC0) != 0x80;
  return count;
}

/* The byte offset of code point [index] in the [n] bytes at [s] (n when
 * the text is shorter). */
static size_t cp_offset(const char *s, size_t n, size_t index) {
  size_t i = 0;
  for (; i < n; i++) {
    if (((unsigned char)s[i] & 0xC0) == 0x80) continue;
    if (index-- == 0) return i;
  }
  return n;
}

/* The first code point of s[len(s) - j:] as Python slices it: a negative
 * start counts from the end once, then clamps at 0. */
static size_t tail_start(size_t len, size_t j) {
  int64_t start = (int64_t)len - (int64_t)j;
  if (start < 0) start += (int64_t)len;
  return start < 0 ? 0 : (size_t)start;
}

/* The split of reprlib's cuts for a limit [max]: [*i] characters kept in
 * front, [*j] at the end. */
static void cut_sizes(size_t max, size_t *i, size_t *j) {
  *i = max > 3 ? (max - 3) / 2 : 0;
  *j = max > 3 + *i ? max - 3 - *i : 0;
}

/* Appends s[:i] + "..." + s[len(s)-j:] for the [n] bytes at [s] and the
 * limit [max]. False when memory runs out. */
static bool append_cut(ByteBuf *out, const char *s, size_t n, size_t max) {
  size_t i, j;
  cut_sizes(max, &i, &j);
  size_t head = cp_offset(s, n, i);
  size_t tail = cp_offset(s, n, tail_start(cp_count(s, n), j));
  return buf_append(out, s, head) && buf_puts(out, FILL) &&
         buf_append(out, s + tail, n - tail);
}

/* Appends the [n] bytes at [s], cut as repr_int and repr_instance do
 * when they hold more than [max] characters. */
static bool append_limited(EddyVM *vm, const char *s, size_t n, size_t max,
                           ByteBuf *out) {
  bool ok =
      cp_count(s, n) > max ? append_cut(out, s, n, max) : buf_append(out, s, n);
  return ok || vm_raise_memory(vm);
}

/* repr_str: the repr of the first 30 characters; when that is too long,
 * the repr of the first 13 and last 14 characters, cut again. */
static bool repr_str(EddyVM *vm, ObjStr *x, ByteBuf *out) {
  ByteBuf s, joined;
  buf_init(&s);
  buf_init(&joined);
  size_t i, j;
  cut_sizes(MAX_STRING, &i, &j);
  bool ok =
      text_repr_str(&s, x->chars, cp_offset(x->chars, x->length, MAX_STRING));
  if (ok && cp_count(s.data, s.len) <= MAX_STRING) {
    ok = buf_append(out, s.data, s.len);
  } else if (ok) {
    size_t tail = cp_offset(x->chars, x->length, tail_start(x->cp_len, j));
    ok = buf_append(&joined, x->chars, cp_offset(x->chars, x->length, i)) &&
         buf_append(&joined, x->chars + tail, x->length - tail);
    buf_clear(&s);
    ok = ok && text_repr_str(&s, joined.data, joined.len) &&
         append_cut(out, s.data, s.len, MAX_STRING);
  }
  buf_free(&s);
  buf_free(&joined);
  return ok || vm_raise_memory(vm);
}

/* ---- ints and other objects ---------------------------------------------- */

/* repr_int: the digits, cut in the middle past 40 characters. */
static bool repr_int(EddyVM *vm, Value x, ByteBuf *out) {
  ByteBuf s;
  buf_init(&s);
  bool ok =
      value_repr(vm, x, &s) && append_limited(vm, s.data, s.len, MAX_LONG, out);
  buf_free(&s);
  return ok;
}

/* The text repr_instance shows when repr() of [x] raised an Exception,
 * which it clears; other exceptions (KeyboardInterrupt, ...) stay. */
static bool failed_repr(EddyVM *vm, Value x, ByteBuf *out) {
  Value exc = vm->task->exception;
  if (!class_is_subclass(vm_class_of(vm, exc), vm->exc.Exception)) return false;
  vm->task->exception = UNDEF_VAL;
  uintptr_t id = IS_OBJ(x) ? (uintptr_t)AS_OBJ(x) : 0;
  return buf_printf(out, "<%s instance at %#" PRIxPTR ">",
                    vm_class_of(vm, x)->name->chars, id) ||
         vm_raise_memory(vm);
}

/* repr_instance: repr() of anything else, cut past 30 characters. */
static bool repr_instance(EddyVM *vm, Value x, ByteBuf *out) {
  ByteBuf s;
  buf_init(&s);
  bool ok = value_repr(vm, x, &s)
                ? append_limited(vm, s.data, s.len, MAX_OTHER, out)
                : failed_repr(vm, x, out);
  buf_free(&s);
  return ok;
}

/* ---- containers ---------------------------------------------------------- */

/* Item [i] of the list or tuple [seq] into [*out]; false past its end
 * (a list can shrink while its items' reprs run). */
static bool seq_item(Value seq, size_t i, Value *out) {
  if (IS_TUPLE(seq)) {
    if (i >= AS_TUPLE(seq)->length) return false;
    *out = AS_TUPLE(seq)->items[i];
    return true;
  }
  if (i >= AS_LIST(seq)->length) return false;
  *out = AS_LIST(seq)->items[i];
  return true;
}

/* _repr_iterable: the items of the list or tuple [items] (the first of a
 * container of [n] items) as [shape] lays them out, one level deeper. */
static bool repr_iterable(EddyVM *vm, Value items, size_t n, int level,
                          const Shape *shape, ByteBuf *out) {
  if (!buf_puts(out, shape->left)) return vm_raise_memory(vm);
  if (level <= 0 && n) {
    return (buf_puts(out, FILL) && buf_puts(out, shape->right)) ||
           vm_raise_memory(vm);
  }
  size_t shown = 0;
  Value item;
  bool ok = true;
  for (; ok && shown < shape->max_items && seq_item(items, shown, &item);
       shown++) {
    ok = shown == 0 || buf_puts(out, ", ") || vm_raise_memory(vm);
    gc_push_root(vm, item);
    ok = ok && repr1(vm, item, level - 1, out);
    gc_pop_roots(vm, 1);
  }
  if (ok && n > shape->max_items)
    ok = (shown == 0 || buf_puts(out, ", ")) && buf_puts(out, FILL);
  if (ok && n == 1) ok = buf_puts(out, shape->trail);
  return (ok && buf_puts(out, shape->right)) || vm_raise_memory(vm);
}

/* _possibly_sorted: [*list] sorted, or left in its order when sorting
 * raises an Exception (which is cleared). */
static bool possibly_sorted(EddyVM *vm, ObjList **list) {
  ObjList *copy = list_from_array(vm, (*list)->items, (*list)->length);
  if (!copy) return false;
  gc_push_root(vm, OBJ_VAL(copy));
  bool ok = list_sort(vm, copy, NONE_VAL, false);
  gc_pop_roots(vm, 1);
  if (ok) {
    *list = copy;
    return true;
  }
  Value exc = vm->task->exception;
  if (!class_is_subclass(vm_class_of(vm, exc), vm->exc.Exception)) return false;
  vm->task->exception = UNDEF_VAL;
  return true;
}

/* The keys of [dict] as a new list, sorted when they can be; NULL after
 * raising. */
static ObjList *sorted_keys(EddyVM *vm, ObjDict *dict) {
  ObjList *keys = list_new(vm, dict->count);
  if (!keys) return NULL;
  gc_push_root(vm, OBJ_VAL(keys));
  size_t pos = 0;
  Value key;
  bool ok = true;
  while (ok && dict_next(dict, &pos, &key, NULL))
    ok = list_append(vm, keys, key);
  ok = ok && possibly_sorted(vm, &keys);
  gc_pop_roots(vm, 1);
  return ok ? keys : NULL;
}

/* repr_set and repr_frozenset: the elements sorted when they can be. */
static bool repr_set(EddyVM *vm, ObjSet *set, int level, ByteBuf *out) {
  static const Shape plain = {"{", "}", "", MAX_SEQUENCE};
  static const Shape frozen = {"frozenset({", "})", "", MAX_SEQUENCE};
  size_t n = set->table->count;
  if (n == 0) {
    return buf_puts(out, set->frozen ? "frozenset()" : "set()") ||
           vm_raise_memory(vm);
  }
  ObjList *items = sorted_keys(vm, set->table);
  if (!items) return false;
  gc_push_root(vm, OBJ_VAL(items));
  bool ok = repr_iterable(vm, OBJ_VAL(items), n, level,
                          set->frozen ? &frozen : &plain, out);
  gc_pop_roots(vm, 1);
  return ok;
}

/* One "key: value" of repr_dict; the value is looked up again as
 * x[key] does, so a key a repr removed raises KeyError. */
static bool repr_entry(EddyVM *vm, ObjDict *dict, Value key, int level,
                       ByteBuf *out) {
  if (!repr1(vm, key, level, out)) return false;
  Value value;
  bool found;
  if (!dict_get(vm, dict, key, &value, &found)) return false;
  if (!found) return dict_raise_key_error(vm, key);
  if (!buf_puts(out, ": ")) return vm_raise_memory(vm);
  gc_push_root(vm, value);
  bool ok = repr1(vm, value, level, out);
  gc_pop_roots(vm, 1);
  return ok;
}

/* repr_dict: the first 4 entries by sorted key. */
static bool repr_dict(EddyVM *vm, ObjDict *dict, int level, ByteBuf *out) {
  size_t n = dict->count;
  if (n == 0) return buf_puts(out, "{}") || vm_raise_memory(vm);
  if (level <= 0) return buf_puts(out, "{...}") || vm_raise_memory(vm);
  ObjList *keys = sorted_keys(vm, dict);
  if (!keys) return false;
  gc_push_root(vm, OBJ_VAL(keys));
  bool ok = buf_putc(out, '{') || vm_raise_memory(vm);
  size_t shown = 0;
  for (; ok && shown < MAX_DICT && shown < keys->length; shown++) {
    ok = shown == 0 || buf_puts(out, ", ") || vm_raise_memory(vm);
    ok = ok && repr_entry(vm, dict, keys->items[shown], level - 1, out);
  }
  if (ok && n > MAX_DICT) ok = buf_puts(out, ", ...") || vm_raise_memory(vm);
  ok = ok && (buf_putc(out, '}') || vm_raise_memory(vm));
  gc_pop_roots(vm, 1);
  return ok;
}

/* The first [max] items [x] yields, as a new list; NULL after raising. */
static ObjList *first_items(EddyVM *vm, Value x, size_t max) {
  Value it;
  if (!value_iter(vm, x, &it)) return NULL;
  gc_push_root(vm, it);
  ObjList *items = list_new(vm, max);
  bool ok = items != NULL;
  if (ok) gc_push_root(vm, OBJ_VAL(items));
  bool done = false;
  while (ok && items->length < max) {
    Value item;
    ok = value_next(vm, it, &item, &done);
    if (!ok || done) break;
    ok = list_append(vm, items, item);
  }
  gc_pop_roots(vm, items ? 2 : 1);
  return ok ? items : NULL;
}

/* repr_deque: any object whose class is named deque, read through len()
 * and iteration as reprlib reads it. */
static bool repr_deque(EddyVM *vm, Value x, int level, ByteBuf *out) {
  static const Shape shape = {"deque([", "])", "", MAX_SEQUENCE};
  int64_t n;
  if (!value_len(vm, x, &n)) return false;
  ObjList *items = first_items(vm, x, level <= 0 ? 0 : MAX_SEQUENCE);
  if (!items) return false;
  gc_push_root(vm, OBJ_VAL(items));
  bool ok = repr_iterable(vm, OBJ_VAL(items), (size_t)n, level, &shape, out);
  gc_pop_roots(vm, 1);
  return ok;
}

/* ---- dispatch ------------------------------------------------------------ */

/* repr1: the repr of [v] with [level] levels of nesting left. */
static bool repr1(EddyVM *vm, Value v, int level, ByteBuf *out) {
  static const Shape tuple = {"(", ")", ",", MAX_SEQUENCE};
  static const Shape list = {"[", "]", "", MAX_SEQUENCE};
  ObjClass *cls = vm_class_of(vm, v);
  if (cls == vm->types.str) return repr_str(vm, AS_STR(v), out);
  if (cls == vm->types.int_) return repr_int(vm, v, out);
  if (cls == vm->types.tuple)
    return repr_iterable(vm, v, AS_TUPLE(v)->length, level, &tuple, out);
  if (cls == vm->types.list)
    return repr_iterable(vm, v, AS_LIST(v)->length, level, &list, out);
  if (cls == vm->types.set || cls == vm->types.frozenset)
    return repr_set(vm, AS_SET(v), level, out);
  if (cls == vm->types.dict) return repr_dict(vm, AS_DICT(v), level, out);
  if (str_equal_cstr(cls->name, "deque")) return repr_deque(vm, v, level, out);
  return repr_instance(vm, v, out);
}

bool reprlib_repr(EddyVM *vm, Value v, ByteBuf *out) {
  return repr1(vm, v, MAX_LEVEL, out);
}
