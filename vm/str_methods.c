/* str_methods.c: the str methods that search, split, join, strip and
 * replace, and translate/maketrans. Each follows its CPython 3.11
 * namesake, errors included; the byte-level work is in text_ops.c, and
 * this file converts between Python's code point indices and byte
 * offsets at the edges. */
#include "vm/obj_str.h"

#include <string.h>

#include "vm/container.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_dict.h"
#include "vm/obj_list.h"
#include "vm/obj_tuple.h"
#include "vm/protocol.h"
#include "vm/text_ops.h"
#include "vm/unicode.h"

/* Declares the TextMethod rules of the str method [id]. */
#define STR_METHOD(id, name, style, min, max)                                  \
  static const TextMethod id = {name, "str", OBJ_STR, style, min, max}

/* Checks a call against [spec] and fetches self into [s]. */
#define STR_SELF(spec, s)                                                      \
  if (!str_method_check(vm, &(spec), args, nargs, kwnames)) return false;      \
  ObjStr *s = AS_STR(args[0])

/* The str argument [v], or TypeError "[what]must be str, not int". */
static bool need_str(EddyVM *vm, Value v, const char *what, ObjStr **out) {
  if (IS_STR(v)) {
    *out = AS_STR(v);
    return true;
  }
  return vm_raise(vm, vm->exc.TypeError, "%smust be str, not %s", what,
                  vm_type_name(vm, v));
}

/* Stores the new str made of [buf] in [*result] and frees [buf]. */
static bool buf_result(EddyVM *vm, ByteBuf *buf, bool ok, Value *result) {
  if (!ok) {
    buf_free(buf);
    return vm_raise_memory(vm);
  }
  ok = str_value_from_buf(vm, buf, result);
  buf_free(buf);
  return ok;
}

/* [*result] = the bytes [from, to) of [s] as a str. */
static bool bytes_range_result(EddyVM *vm, ObjStr *s, size_t from, size_t to,
                               Value *result) {
  if (from == 0 && to == s->length) {
    *result = OBJ_VAL(s);
    return true;
  }
  ObjStr *r = str_new(vm, s->chars + from, to - from);
  if (!r) return false;
  *result = OBJ_VAL(r);
  return true;
}

/* ---- find, index, count ------------------------------------------------ */

/* The code point window [start, end) a find-like call searches, with its
 * byte offsets. */
typedef struct Window {
  int64_t start; /* first code point (may be past the end) */
  int64_t end;   /* one past the last code point */
  size_t from;   /* byte offset of [start] */
  size_t to;     /* byte offset of [end] */
} Window;

/* Reads the optional start ([args][0]) and end ([args][1]) of [s] given
 * [n] of them into [w]. */
static bool read_window(EddyVM *vm, ObjStr *s, Value *args, int n,
                        Window *w) {
  w->start = 0;
  w->end = INT64_MAX;
  if ((n > 0 && !str_slice_bound(vm, args[0], &w->start)) ||
      (n > 1 && !str_slice_bound(vm, args[1], &w->end)))
    return false;
  str_adjust_range((int64_t)s->cp_len, &w->start, &w->end);
  w->from = w->to = s->length;
  if (w->start <= w->end) {
    w->from = str_byte_offset(s, (size_t)w->start);
    w->to = str_advance(s, w->from, (size_t)(w->end - w->start));
  }
  return true;
}

/* The code point index in [s] of the match at byte [at] of window [w]. */
static int64_t match_index(ObjStr *s, const Window *w, ssize_t at) {
  if (str_is_ascii(s)) return w->start + at;
  return w->start + (int64_t)unicode_count(s->chars + w->from, (size_t)at);
}

/* find ([dir] > 0) or rfind: [*index] = the match's index or -1. */
static bool find_common(EddyVM *vm, Value *args, int nargs, int dir,
                        int64_t *index) {
  ObjStr *s = AS_STR(args[0]), *sub = NULL;
  Window w;
  if (!need_str(vm, args[1], "", &sub) ||
      !read_window(vm, s, args + 2, nargs - 2, &w))
    return false;
  *index = -1;
  if (w.end - w.start < (int64_t)sub->cp_len) return true;
  const char *hay = s->chars + w.from;
  size_t hlen = w.to - w.from;
  ssize_t at = dir > 0 ? text_find(hay, hlen, sub->chars, sub->length)
                       : text_rfind(hay, hlen, sub->chars, sub->length);
  if (at >= 0) *index = match_index(s, &w, at);
  return true;
}

STR_METHOD(M_find, "find", ARGS_TUPLE, 1, 3);
STR_METHOD(M_rfind, "rfind", ARGS_TUPLE, 1, 3);
STR_METHOD(M_index, "index", ARGS_TUPLE, 1, 3);
STR_METHOD(M_rindex, "rindex", ARGS_TUPLE, 1, 3);
STR_METHOD(M_count, "count", ARGS_TUPLE, 1, 3);

/* Shared body of find, rfind, index and rindex. */
static bool find_method(EddyVM *vm, const TextMethod *m, int dir, bool raise,
                        Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  if (!str_method_check(vm, m, args, nargs, kwnames)) return false;
  int64_t index;
  if (!find_common(vm, args, nargs, dir, &index)) return false;
  if (index < 0 && raise)
    return vm_raise(vm, vm->exc.ValueError, "substring not found");
  *result = INT_VAL(index);
  return true;
}

static bool str_find(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                     Value *result) {
  return find_method(vm, &M_find, 1, false, args, nargs, kwnames, result);
}

static bool str_rfind(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  return find_method(vm, &M_rfind, -1, false, args, nargs, kwnames, result);
}

static bool str_index(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  return find_method(vm, &M_index, 1, true, args, nargs, kwnames, result);
}

static bool str_rindex(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  return find_method(vm, &M_rindex, -1, true, args, nargs, kwnames, result);
}

static bool str_count(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  STR_SELF(M_count, s);
  ObjStr *sub = NULL;
  Window w;
  if (!need_str(vm, args[1], "", &sub) ||
      !read_window(vm, s, args + 2, nargs - 2, &w))
    return false;
  int64_t count = 0;
  if (w.end - w.start < (int64_t)sub->cp_len) {
    count = 0;
  } else if (sub->length == 0) {
    count = w.end - w.start + 1;
  } else {
    count = (int64_t)text_count(s->chars + w.from, w.to - w.from, sub->chars,
                                sub->length, SIZE_MAX);
  }
  *result = INT_VAL(count);
  return true;
}

/* ---- startswith, endswith --------------------------------------------- */

/* Does [sub] occur at the start ([dir] < 0) or end ([dir] > 0) of the
 * window [start, end) of [s]? (CPython's tailmatch.) */
static bool tailmatch(ObjStr *s, ObjStr *sub, int64_t start, int64_t end,
                      int dir) {
  str_adjust_range((int64_t)s->cp_len, &start, &end);
  end -= (int64_t)sub->cp_len;
  if (end < start) return false;
  if (sub->length == 0) return true;
  size_t at = str_byte_offset(s, (size_t)(dir < 0 ? start : end));
  return at + sub->length <= s->length &&
         memcmp(s->chars + at, sub->chars, sub->length) == 0;
}

STR_METHOD(M_startswith, "startswith", ARGS_TUPLE, 1, 3);
STR_METHOD(M_endswith, "endswith", ARGS_TUPLE, 1, 3);

/* Shared body of startswith ([dir] < 0) and endswith. */
static bool affix_method(EddyVM *vm, const TextMethod *m, int dir,
                         Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  if (!str_method_check(vm, m, args, nargs, kwnames)) return false;
  ObjStr *s = AS_STR(args[0]);
  int64_t start = 0, end = INT64_MAX;
  if ((nargs > 2 && !str_slice_bound(vm, args[2], &start)) ||
      (nargs > 3 && !str_slice_bound(vm, args[3], &end)))
    return false;
  Value arg = args[1];
  if (IS_STR(arg)) {
    *result = BOOL_VAL(tailmatch(s, AS_STR(arg), start, end, dir));
    return true;
  }
  if (!IS_TUPLE(arg))
    return vm_raise(vm, vm->exc.TypeError,
                    "%s first arg must be str or a tuple of str, not %s",
                    m->name, vm_type_name(vm, arg));
  ObjTuple *t = AS_TUPLE(arg);
  for (size_t i = 0; i < t->length; i++) {
    if (!IS_STR(t->items[i]))
      return vm_raise(vm, vm->exc.TypeError,
                      "tuple for %s must only contain str, not %s", m->name,
                      vm_type_name(vm, t->items[i]));
    if (tailmatch(s, AS_STR(t->items[i]), start, end, dir)) {
      *result = BOOL_VAL(true);
      return true;
    }
  }
  *result = BOOL_VAL(false);
  return true;
}

static bool str_startswith(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  return affix_method(vm, &M_startswith, -1, args, nargs, kwnames, result);
}

static bool str_endswith(EddyVM *vm, Value *args, int nargs,
                         ObjTuple *kwnames, Value *result) {
  return affix_method(vm, &M_endswith, 1, args, nargs, kwnames, result);
}

/* ---- split, rsplit, splitlines ------------------------------------------ */

STR_METHOD(M_split, "split", ARGS_KW, 0, 2);
STR_METHOD(M_rsplit, "rsplit", ARGS_KW, 0, 2);
STR_METHOD(M_splitlines, "splitlines", ARGS_KW, 0, 1);

/* Shared body of split and rsplit ([right]). */
static bool split_method(EddyVM *vm, const TextMethod *m, bool right,
                         Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  static const char *const names[] = {"sep", "maxsplit"};
  if (!str_method_check(vm, m, args, nargs, kwnames)) return false;
  ObjStr *s = AS_STR(args[0]), *sep = NULL;
  Value a[2];
  int64_t maxsplit = -1;
  if (!native_parse_args(vm, m->name, args + 1, nargs - 1, kwnames, names, 2,
                         0, 0, a))
    return false;
  if (!IS_UNDEF(a[0]) && !IS_NONE(a[0])) {
    if (!IS_STR(a[0]))
      return vm_raise(vm, vm->exc.TypeError, "must be str or None, not %s",
                      vm_type_name(vm, a[0]));
    sep = AS_STR(a[0]);
    if (sep->length == 0)
      return vm_raise(vm, vm->exc.ValueError, "empty separator");
  }
  if (!IS_UNDEF(a[1]) && !container_int_arg(vm, a[1], &maxsplit))
    return false;
  ObjList *list = list_new(vm, 0);
  if (!list) return false;
  gc_push_root(vm, OBJ_VAL(list));
  const char *sp = sep ? sep->chars : NULL;
  size_t sl = sep ? sep->length : 0;
  bool ok = right ? text_rsplit(vm, false, s->chars, s->length, sp, sl,
                                maxsplit, list)
                  : text_split(vm, false, s->chars, s->length, sp, sl,
                               maxsplit, list);
  gc_pop_roots(vm, 1);
  *result = OBJ_VAL(list);
  return ok;
}

static bool str_split(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  return split_method(vm, &M_split, false, args, nargs, kwnames, result);
}

static bool str_rsplit(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  return split_method(vm, &M_rsplit, true, args, nargs, kwnames, result);
}

static bool str_splitlines(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  static const char *const names[] = {"keepends"};
  STR_SELF(M_splitlines, s);
  Value keep;
  int64_t keepends = 0;
  if (!native_parse_args(vm, "splitlines", args + 1, nargs - 1, kwnames,
                         names, 1, 0, 0, &keep) ||
      (!IS_UNDEF(keep) && !container_int_arg(vm, keep, &keepends)))
    return false;
  ObjList *list = list_new(vm, 0);
  if (!list) return false;
  gc_push_root(vm, OBJ_VAL(list));
  bool ok = text_splitlines(vm, false, s->chars, s->length, keepends != 0,
                            list);
  gc_pop_roots(vm, 1);
  *result = OBJ_VAL(list);
  return ok;
}

/* ---- join ---------------------------------------------------------------- */

STR_METHOD(M_join, "join", ARGS_ONE, 1, 1);

/* Lays [n] strs [items] end to end with [sep] between them. */
static bool join_items(EddyVM *vm, ObjStr *sep, Value *items, size_t n,
                       Value *result) {
  size_t total = 0, cps = 0;
  for (size_t i = 0; i < n; i++) {
    if (!IS_STR(items[i]))
      return vm_raise(vm, vm->exc.TypeError,
                      "sequence item %zu: expected str instance, %s found", i,
                      vm_type_name(vm, items[i]));
    total += AS_STR(items[i])->length;
    cps += AS_STR(items[i])->cp_len;
  }
  if (n == 1 && AS_OBJ(items[0])->cls == vm->types.str) {
    *result = items[0];
    return true;
  }
  if (n > 1) {
    total += sep->length * (n - 1);
    cps += sep->cp_len * (n - 1);
  }
  ObjStr *r = str_alloc(vm, total);
  if (!r) return false;
  char *p = r->chars;
  for (size_t i = 0; i < n; i++) {
    ObjStr *item = AS_STR(items[i]);
    if (i > 0) {
      memcpy(p, sep->chars, sep->length);
      p += sep->length;
    }
    memcpy(p, item->chars, item->length);
    p += item->length;
  }
  r->cp_len = cps;
  *result = OBJ_VAL(r);
  return true;
}

bool str_join_values(EddyVM *vm, ObjStr *sep, Value iterable, Value *result) {
  if (IS_LIST(iterable))
    return join_items(vm, sep, AS_LIST(iterable)->items,
                      AS_LIST(iterable)->length, result);
  if (IS_TUPLE(iterable))
    return join_items(vm, sep, AS_TUPLE(iterable)->items,
                      AS_TUPLE(iterable)->length, result);
  Value it, list;
  if (!value_iter(vm, iterable, &it)) {
    if (text_catch(vm, vm->exc.TypeError))
      return vm_raise(vm, vm->exc.TypeError, "can only join an iterable");
    return false;
  }
  gc_push_root(vm, it);
  bool ok = value_to_list(vm, it, &list);
  gc_pop_roots(vm, 1);
  if (!ok) return false;
  gc_push_root(vm, list);
  ok = join_items(vm, sep, AS_LIST(list)->items, AS_LIST(list)->length,
                  result);
  gc_pop_roots(vm, 1);
  return ok;
}

static bool str_join(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                     Value *result) {
  STR_SELF(M_join, s);
  return str_join_values(vm, s, args[1], result);
}

/* ---- strip ------------------------------------------------------------------ */

STR_METHOD(M_strip, "strip", ARGS_POS, 0, 1);
STR_METHOD(M_lstrip, "lstrip", ARGS_POS, 0, 1);
STR_METHOD(M_rstrip, "rstrip", ARGS_POS, 0, 1);

/* Shared body of strip, lstrip and rstrip. */
static bool strip_method(EddyVM *vm, const TextMethod *m, int sides,
                         Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  if (!str_method_check(vm, m, args, nargs, kwnames)) return false;
  ObjStr *s = AS_STR(args[0]);
  const char *chars = NULL;
  size_t nchars = 0;
  if (nargs > 1 && !IS_NONE(args[1])) {
    if (!IS_STR(args[1]))
      return vm_raise(vm, vm->exc.TypeError, "%s arg must be None or str",
                      m->name);
    chars = AS_STR(args[1])->chars;
    nchars = AS_STR(args[1])->length;
  }
  size_t from, to;
  text_strip(false, s->chars, s->length, chars, nchars, sides, &from, &to);
  return bytes_range_result(vm, s, from, to, result);
}

static bool str_strip(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  return strip_method(vm, &M_strip, TEXT_STRIP_BOTH, args, nargs, kwnames,
                      result);
}

static bool str_lstrip(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  return strip_method(vm, &M_lstrip, TEXT_STRIP_LEFT, args, nargs, kwnames,
                      result);
}

static bool str_rstrip(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  return strip_method(vm, &M_rstrip, TEXT_STRIP_RIGHT, args, nargs, kwnames,
                      result);
}

/* ---- replace, expandtabs --------------------------------------------------- */

STR_METHOD(M_replace, "replace", ARGS_POS, 2, 3);
STR_METHOD(M_expandtabs, "expandtabs", ARGS_KW, 0, 1);

static bool str_replace(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  STR_SELF(M_replace, s);
  ObjStr *old = NULL, *new_text = NULL;
  int64_t count = -1;
  if (!need_str(vm, args[1], "replace() argument 1 ", &old) ||
      !need_str(vm, args[2], "replace() argument 2 ", &new_text) ||
      (nargs > 3 && !container_int_arg(vm, args[3], &count)))
    return false;
  if (count == 0 || (old->length > 0 &&
                     text_find(s->chars, s->length, old->chars,
                               old->length) < 0)) {
    *result = OBJ_VAL(s);
    return true;
  }
  ByteBuf buf;
  buf_init(&buf);
  bool ok = text_replace(false, s->chars, s->length, old->chars, old->length,
                         new_text->chars, new_text->length, count, &buf);
  return buf_result(vm, &buf, ok, result);
}

static bool str_expandtabs(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  static const char *const names[] = {"tabsize"};
  STR_SELF(M_expandtabs, s);
  Value size;
  int64_t tabsize = 8;
  if (!native_parse_args(vm, "expandtabs", args + 1, nargs - 1, kwnames,
                         names, 1, 0, 0, &size) ||
      (!IS_UNDEF(size) && !container_int_arg(vm, size, &tabsize)))
    return false;
  ByteBuf buf;
  buf_init(&buf);
  bool ok = text_expandtabs(false, s->chars, s->length, tabsize, &buf);
  return buf_result(vm, &buf, ok, result);
}

/* ---- partition, removeprefix, removesuffix --------------------------- */

STR_METHOD(M_partition, "partition", ARGS_ONE, 1, 1);
STR_METHOD(M_rpartition, "rpartition", ARGS_ONE, 1, 1);
STR_METHOD(M_removeprefix, "removeprefix", ARGS_ONE, 1, 1);
STR_METHOD(M_removesuffix, "removesuffix", ARGS_ONE, 1, 1);

/* [*result] = the 3-tuple of the bytes [0, at), [at, at + seplen) and
 * [at + seplen, end) of [s]; [at] < 0 means not found, which gives (s,
 * '', '') or, when [right], ('', '', s). */
static bool partition_result(EddyVM *vm, ObjStr *s, ssize_t at,
                             size_t seplen, bool right, Value *result) {
  ObjTuple *t = tuple_new(vm, 3);
  if (!t) return false;
  for (int i = 0; i < 3; i++) t->items[i] = OBJ_VAL(vm->str.empty);
  gc_push_root(vm, OBJ_VAL(t));
  bool ok = true;
  if (at < 0) {
    t->items[right ? 2 : 0] = OBJ_VAL(s);
  } else {
    size_t cut[4] = {0, (size_t)at, (size_t)at + seplen, s->length};
    for (int i = 0; ok && i < 3; i++)
      ok = bytes_range_result(vm, s, cut[i], cut[i + 1], &t->items[i]);
  }
  gc_pop_roots(vm, 1);
  *result = OBJ_VAL(t);
  return ok;
}

/* Shared body of partition and rpartition ([right]). */
static bool partition_method(EddyVM *vm, const TextMethod *m, bool right,
                             Value *args, int nargs, ObjTuple *kwnames,
                             Value *result) {
  if (!str_method_check(vm, m, args, nargs, kwnames)) return false;
  ObjStr *s = AS_STR(args[0]), *sep = NULL;
  if (!need_str(vm, args[1], "", &sep)) return false;
  if (sep->length == 0)
    return vm_raise(vm, vm->exc.ValueError, "empty separator");
  ssize_t at = right ? text_rfind(s->chars, s->length, sep->chars, sep->length)
                     : text_find(s->chars, s->length, sep->chars, sep->length);
  return partition_result(vm, s, at, sep->length, right, result);
}

static bool str_partition(EddyVM *vm, Value *args, int nargs,
                          ObjTuple *kwnames, Value *result) {
  return partition_method(vm, &M_partition, false, args, nargs, kwnames,
                          result);
}

static bool str_rpartition(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  return partition_method(vm, &M_rpartition, true, args, nargs, kwnames,
                          result);
}

/* Shared body of removeprefix and removesuffix ([suffix]). */
static bool remove_affix(EddyVM *vm, const TextMethod *m, bool suffix,
                         Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  if (!str_method_check(vm, m, args, nargs, kwnames)) return false;
  ObjStr *s = AS_STR(args[0]);
  if (!IS_STR(args[1]))
    return vm_raise(vm, vm->exc.TypeError,
                    "%s() argument must be str, not %s", m->name,
                    vm_type_name(vm, args[1]));
  ObjStr *a = AS_STR(args[1]);
  size_t n = a->length;
  if (n == 0 || n > s->length) return bytes_range_result(vm, s, 0, s->length,
                                                         result);
  size_t at = suffix ? s->length - n : 0;
  if (memcmp(s->chars + at, a->chars, n) != 0)
    return bytes_range_result(vm, s, 0, s->length, result);
  return suffix ? bytes_range_result(vm, s, 0, at, result)
                : bytes_range_result(vm, s, n, s->length, result);
}

static bool str_removeprefix(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  return remove_affix(vm, &M_removeprefix, false, args, nargs, kwnames,
                      result);
}

static bool str_removesuffix(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  return remove_affix(vm, &M_removesuffix, true, args, nargs, kwnames,
                      result);
}

/* ---- maketrans, translate ------------------------------------------------ */

/* str.maketrans(dict): a dict keyed by code points. */
static bool maketrans_dict(EddyVM *vm, Value arg, ObjDict *table) {
  if (!IS_DICT(arg))
    return vm_raise(vm, vm->exc.TypeError,
                    "if you give only one argument to maketrans it must be "
                    "a dict");
  size_t pos = 0;
  Value key, value;
  while (dict_next(AS_DICT(arg), &pos, &key, &value)) {
    if (IS_STR(key)) {
      if (AS_STR(key)->cp_len != 1)
        return vm_raise(vm, vm->exc.ValueError,
                        "string keys in translate table must be of length 1");
      key = INT_VAL(str_cp_at(AS_STR(key), 0));
    } else if (!IS_ANY_INT(key)) {
      return vm_raise(vm, vm->exc.TypeError,
                      "keys in translate table must be strings or integers");
    }
    if (!dict_set(vm, table, key, value)) return false;
  }
  return true;
}

/* str.maketrans(x, y[, z]): x[i] -> y[i], every character of z -> None. */
static bool maketrans_strs(EddyVM *vm, Value *a, int n, ObjDict *table) {
  if (!IS_STR(a[0]))
    return vm_raise(vm, vm->exc.TypeError,
                    "first maketrans argument must be a string if there is "
                    "a second argument");
  ObjStr *x = AS_STR(a[0]), *y = NULL, *z = NULL;
  if (!need_str(vm, a[1], "maketrans() argument 2 ", &y) ||
      (n > 2 && !need_str(vm, a[2], "maketrans() argument 3 ", &z)))
    return false;
  if (x->cp_len != y->cp_len)
    return vm_raise(vm, vm->exc.ValueError,
                    "the first two maketrans arguments must have equal "
                    "length");
  uint32_t cx, cy;
  for (size_t i = 0, j = 0; i < x->length;) {
    i += unicode_decode(x->chars + i, x->length - i, &cx);
    j += unicode_decode(y->chars + j, y->length - j, &cy);
    if (!dict_set(vm, table, INT_VAL(cx), INT_VAL(cy))) return false;
  }
  for (size_t i = 0; z && i < z->length;) {
    i += unicode_decode(z->chars + i, z->length - i, &cx);
    if (!dict_set(vm, table, INT_VAL(cx), NONE_VAL)) return false;
  }
  return true;
}

/* str.maketrans, a static method: reached as a classmethod, so args[0]
 * is the class and the call's arguments follow. */
static bool str_maketrans(EddyVM *vm, Value *args, int nargs,
                          ObjTuple *kwnames, Value *result) {
  if (!native_no_kwargs(vm, "maketrans", kwnames) ||
      !native_check_count(vm, "maketrans", nargs - 1, 1, 3))
    return false;
  ObjDict *table = dict_new(vm);
  if (!table) return false;
  gc_push_root(vm, OBJ_VAL(table));
  bool ok = nargs == 2 ? maketrans_dict(vm, args[1], table)
                       : maketrans_strs(vm, args + 1, nargs - 1, table);
  gc_pop_roots(vm, 1);
  *result = OBJ_VAL(table);
  return ok;
}

/* Looks the code point [cp] up in the translate [table]: [*found] false
 * when the table raises LookupError (the character stays). */
static bool translate_lookup(EddyVM *vm, Value table, uint32_t cp,
                             Value *out, bool *found) {
  if (IS_DICT(table))
    return dict_get(vm, AS_DICT(table), INT_VAL(cp), out, found);
  *found = true;
  if (value_getitem(vm, table, INT_VAL(cp), out)) return true;
  if (!text_catch(vm, vm->exc.LookupError)) return false;
  *found = false;
  return true;
}

/* Appends what the translate table maps a character to: [v] is None
 * (nothing), an int (a code point) or a str. */
static bool translate_put(EddyVM *vm, Value v, ByteBuf *out) {
  if (IS_NONE(v)) return true;
  if (IS_STR(v)) {
    if (!buf_append(out, AS_STR(v)->chars, AS_STR(v)->length))
      return vm_raise_memory(vm);
    return true;
  }
  if (!IS_ANY_INT(v))
    return vm_raise(vm, vm->exc.TypeError,
                    "character mapping must return integer, None or str");
  if (!IS_SMALLINT_LIKE(v) || AS_SMALLINT(v) < 0 ||
      AS_SMALLINT(v) >= (int64_t)UNICODE_LIMIT)
    return vm_raise(vm, vm->exc.ValueError,
                    "character mapping must be in range(0x110000)");
  char text[UNICODE_MAX_UTF8];
  size_t n = unicode_encode((uint32_t)AS_SMALLINT(v), text);
  if (!buf_append(out, text, n)) return vm_raise_memory(vm);
  return true;
}

STR_METHOD(M_translate, "translate", ARGS_ONE, 1, 1);

static bool str_translate(EddyVM *vm, Value *args, int nargs,
                          ObjTuple *kwnames, Value *result) {
  STR_SELF(M_translate, s);
  Value table = args[1]; /* args may move if the table's code runs */
  ByteBuf buf;
  buf_init(&buf);
  for (size_t i = 0; i < s->length;) {
    uint32_t cp;
    size_t n = unicode_decode(s->chars + i, s->length - i, &cp);
    Value v;
    bool found;
    bool ok = translate_lookup(vm, table, cp, &v, &found);
    if (ok && !found && !buf_append(&buf, s->chars + i, n))
      ok = vm_raise_memory(vm);
    if (ok && found) {
      gc_push_root(vm, v);
      ok = translate_put(vm, v, &buf);
      gc_pop_roots(vm, 1);
    }
    if (!ok) {
      buf_free(&buf);
      return false;
    }
    i += n;
  }
  return buf_result(vm, &buf, true, result);
}

/* ---- installation ------------------------------------------------------- */

/* One method of the table installed below. */
typedef struct MethodDef {
  const char *name; /* the attribute name */
  NativeFn fn;      /* its implementation */
} MethodDef;

static const MethodDef methods[] = {
    {"find", str_find},
    {"rfind", str_rfind},
    {"index", str_index},
    {"rindex", str_rindex},
    {"count", str_count},
    {"startswith", str_startswith},
    {"endswith", str_endswith},
    {"split", str_split},
    {"rsplit", str_rsplit},
    {"splitlines", str_splitlines},
    {"join", str_join},
    {"strip", str_strip},
    {"lstrip", str_lstrip},
    {"rstrip", str_rstrip},
    {"replace", str_replace},
    {"expandtabs", str_expandtabs},
    {"partition", str_partition},
    {"rpartition", str_rpartition},
    {"removeprefix", str_removeprefix},
    {"removesuffix", str_removesuffix},
    {"translate", str_translate},
};

bool str_methods_install(EddyVM *vm) {
  for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
    if (!native_method(vm, vm->types.str, methods[i].name, methods[i].fn))
      return false;
  return container_classmethod(vm, vm->types.str, "maketrans",
                               str_maketrans);
}
