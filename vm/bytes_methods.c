/* bytes_methods.c: the methods of bytes, each following its CPython 3.11
 * namesake, errors included. The searching, splitting and stripping are
 * text_ops.c's, shared with str; case and character tests use ASCII
 * rules, as bytes methods do. */
#include <string.h>

#include "vm/codec.h"
#include "vm/container.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_bytes.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/protocol.h"
#include "vm/text_ops.h"

/* Declares the TextMethod rules of the bytes method [id]. */
#define BYTES_METHOD(id, name, style, min, max)                                \
  static const TextMethod id = {name, "bytes", OBJ_BYTES, style, min, max}

/* The bytes argument [v], or TypeError "a bytes-like object is required,
 * not 'str'". */
static bool need_bytes(EddyVM *vm, Value v, ObjBytes **out) {
  if (IS_BYTES(v)) {
    *out = AS_BYTES(v);
    return true;
  }
  return vm_raise(vm, vm->exc.TypeError,
                  "a bytes-like object is required, not '%s'",
                  vm_type_name(vm, v));
}

/* [*result] = the bytes [from, to) of [b] (b itself when that is all). */
static bool range_result(EddyVM *vm, ObjBytes *b, size_t from, size_t to,
                         Value *result) {
  if (from == 0 && to == b->length && b->obj.cls == vm->types.bytes) {
    *result = OBJ_VAL(b);
    return true;
  }
  ObjBytes *r = bytes_new(vm, b->data + from, to - from);
  if (!r) return false;
  *result = OBJ_VAL(r);
  return true;
}

/* Stores new bytes made of [buf] in [*result] and frees [buf]; [ok]
 * false means the buffer ran out of memory. */
static bool buf_result(EddyVM *vm, ByteBuf *buf, bool ok, Value *result) {
  ObjBytes *r = ok ? bytes_new(vm, buf->data, buf->len) : NULL;
  buf_free(buf);
  if (!ok) return vm_raise_memory(vm);
  if (!r) return false;
  *result = OBJ_VAL(r);
  return true;
}

/* ---- decode, hex, fromhex --------------------------------------------- */

BYTES_METHOD(M_decode, "decode", ARGS_KW, 0, 2);

static bool bytes_decode(EddyVM *vm, Value *args, int nargs,
                         ObjTuple *kwnames, Value *result) {
  static const char *const names[] = {"encoding", "errors"};
  if (!str_method_check(vm, &M_decode, args, nargs, kwnames)) return false;
  Value a[2];
  if (!native_parse_args(vm, "decode", args + 1, nargs - 1, kwnames, names,
                         2, 0, 0, a))
    return false;
  const char *text[2] = {"utf-8", "strict"};
  for (int i = 0; i < 2; i++) {
    if (IS_UNDEF(a[i])) continue;
    if (!IS_STR(a[i]))
      return vm_raise(vm, vm->exc.TypeError,
                      "decode() argument '%s' must be str, not %s", names[i],
                      vm_type_name(vm, a[i]));
    text[i] = AS_STR(a[i])->chars;
  }
  ObjBytes *b = AS_BYTES(args[0]);
  return codec_decode(vm, b->data, b->length, text[0], text[1], result);
}

/* Reads hex()'s separator [v] (str or bytes of one ASCII character). */
static bool hex_sep(EddyVM *vm, Value v, char *sep) {
  const char *p;
  size_t n;
  if (IS_STR(v)) {
    p = AS_STR(v)->chars, n = AS_STR(v)->cp_len;
  } else if (IS_BYTES(v)) {
    p = AS_BYTES(v)->data, n = AS_BYTES(v)->length;
  } else {
    return vm_raise(vm, vm->exc.TypeError, "object of type '%s' has no len()",
                    vm_type_name(vm, v));
  }
  if (n != 1) return vm_raise(vm, vm->exc.ValueError, "sep must be length 1.");
  if ((unsigned char)p[0] >= 0x80)
    return vm_raise(vm, vm->exc.ValueError, "sep must be ASCII.");
  *sep = p[0];
  return true;
}

/* Appends the hex digits of [b] to [out], with [sep] between groups of
 * [group] bytes counted from the right (from the left when negative). */
static bool hex_digits(const ObjBytes *b, char sep, int64_t group,
                       ByteBuf *out) {
  static const char digits[] = "0123456789abcdef";
  uint64_t every = group < 0 ? (uint64_t)-group : (uint64_t)group;
  for (size_t i = 0; i < b->length; i++) {
    size_t pos = group < 0 ? i : b->length - i; /* bytes before/after */
    if (sep && every && i > 0 && pos % every == 0 && !buf_putc(out, sep))
      return false;
    unsigned char c = (unsigned char)b->data[i];
    if (!buf_putc(out, digits[c >> 4]) || !buf_putc(out, digits[c & 15]))
      return false;
  }
  return true;
}

BYTES_METHOD(M_hex, "hex", ARGS_KW, 0, 2);

static bool bytes_hex(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  static const char *const names[] = {"sep", "bytes_per_sep"};
  if (!str_method_check(vm, &M_hex, args, nargs, kwnames)) return false;
  Value a[2];
  char sep = 0;
  int64_t group = 1;
  if (!native_parse_args(vm, "hex", args + 1, nargs - 1, kwnames, names, 2,
                         0, 0, a) ||
      (!IS_UNDEF(a[0]) && !IS_NONE(a[0]) && !hex_sep(vm, a[0], &sep)) ||
      (!IS_UNDEF(a[1]) && !container_int_arg(vm, a[1], &group)))
    return false;
  ByteBuf buf;
  buf_init(&buf);
  bool ok = hex_digits(AS_BYTES(args[0]), sep, group, &buf) &&
            buf_putc(&buf, '\0');
  if (ok) buf.len--; /* the NUL only made an empty buffer non-NULL */
  ok = ok ? str_value_from_buf(vm, &buf, result) : vm_raise_memory(vm);
  buf_free(&buf);
  return ok;
}

/* The value of the hex digit [c], or -1. */
static int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Appends the bytes the hex text [s] spells (whitespace allowed before
 * each pair) to [out]. */
static bool parse_hex(EddyVM *vm, ObjStr *s, ByteBuf *out) {
  size_t i = 0, n = s->length;
  const char *p = s->chars;
  for (;;) {
    while (i < n && text_isspace(true, (unsigned char)p[i])) i++;
    if (i == n) return true;
    int hi = hex_value(p[i]);
    int lo = i + 1 < n ? hex_value(p[i + 1]) : -1;
    if (hi < 0 || lo < 0) {
      size_t at = str_cp_index(s, hi < 0 ? i : i + 1);
      return vm_raise(vm, vm->exc.ValueError,
                      "non-hexadecimal number found in fromhex() arg at "
                      "position %zu",
                      at);
    }
    if (!buf_putc(out, (char)(hi * 16 + lo))) return vm_raise_memory(vm);
    i += 2;
  }
}

/* bytes.fromhex, a classmethod: args[0] is the class. */
static bool bytes_fromhex(EddyVM *vm, Value *args, int nargs,
                          ObjTuple *kwnames, Value *result) {
  if (kwnames && kwnames->length > 0)
    return vm_raise(vm, vm->exc.TypeError,
                    "bytes.fromhex() takes no keyword arguments");
  if (nargs != 2)
    return vm_raise(vm, vm->exc.TypeError,
                    "bytes.fromhex() takes exactly one argument (%d given)",
                    nargs - 1);
  if (!IS_STR(args[1]))
    return vm_raise(vm, vm->exc.TypeError,
                    "fromhex() argument must be str, not %s",
                    vm_type_name(vm, args[1]));
  ByteBuf buf;
  buf_init(&buf);
  if (!parse_hex(vm, AS_STR(args[1]), &buf)) {
    buf_free(&buf);
    return false;
  }
  return buf_result(vm, &buf, true, result);
}

/* ---- find, index, count ------------------------------------------------ */

/* Reads the needle of a find-like call: bytes, or an int 0..255. */
static bool read_needle(EddyVM *vm, Value v, const char **p, size_t *n,
                        char *byte) {
  if (IS_BYTES(v)) {
    *p = AS_BYTES(v)->data;
    *n = AS_BYTES(v)->length;
    return true;
  }
  if (!IS_ANY_INT(v))
    return vm_raise(vm, vm->exc.TypeError,
                    "argument should be integer or bytes-like object, not "
                    "'%s'",
                    vm_type_name(vm, v));
  if (!IS_SMALLINT_LIKE(v) || AS_SMALLINT(v) < 0 || AS_SMALLINT(v) > 255)
    return vm_raise(vm, vm->exc.ValueError, "byte must be in range(0, 256)");
  *byte = (char)AS_SMALLINT(v);
  *p = byte;
  *n = 1;
  return true;
}

/* The searches: [*found] = the result of find (dir 1), rfind (dir -1) or
 * count (dir 0) over args[1..3]. */
static bool search(EddyVM *vm, Value *args, int nargs, int dir,
                   int64_t *found) {
  ObjBytes *b = AS_BYTES(args[0]);
  const char *needle = NULL;
  size_t n = 0;
  char byte;
  int64_t start = 0, end = INT64_MAX;
  if (!read_needle(vm, args[1], &needle, &n, &byte) ||
      (nargs > 2 && !str_slice_bound(vm, args[2], &start)) ||
      (nargs > 3 && !str_slice_bound(vm, args[3], &end)))
    return false;
  str_adjust_range((int64_t)b->length, &start, &end);
  *found = dir == 0 ? 0 : -1;
  if (end - start < (int64_t)n) return true;
  const char *hay = b->data + start;
  size_t hlen = (size_t)(end - start);
  if (dir == 0) {
    *found = n == 0 ? (int64_t)hlen + 1
                    : (int64_t)text_count(hay, hlen, needle, n, SIZE_MAX);
    return true;
  }
  ssize_t at = dir > 0 ? text_find(hay, hlen, needle, n)
                       : text_rfind(hay, hlen, needle, n);
  if (at >= 0) *found = start + at;
  return true;
}

BYTES_METHOD(M_find, "find", ARGS_TUPLE, 1, 3);
BYTES_METHOD(M_rfind, "rfind", ARGS_TUPLE, 1, 3);
BYTES_METHOD(M_index, "index", ARGS_TUPLE, 1, 3);
BYTES_METHOD(M_rindex, "rindex", ARGS_TUPLE, 1, 3);
BYTES_METHOD(M_count, "count", ARGS_TUPLE, 1, 3);

/* Shared body of the searches; [raise] makes a miss a ValueError. */
static bool search_method(EddyVM *vm, const TextMethod *m, int dir,
                          bool raise, Value *args, int nargs,
                          ObjTuple *kwnames, Value *result) {
  int64_t found;
  if (!str_method_check(vm, m, args, nargs, kwnames) ||
      !search(vm, args, nargs, dir, &found))
    return false;
  if (raise && found < 0)
    return vm_raise(vm, vm->exc.ValueError, "subsection not found");
  *result = INT_VAL(found);
  return true;
}

static bool bytes_find(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  return search_method(vm, &M_find, 1, false, args, nargs, kwnames, result);
}

static bool bytes_rfind(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  return search_method(vm, &M_rfind, -1, false, args, nargs, kwnames,
                       result);
}

static bool bytes_index(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  return search_method(vm, &M_index, 1, true, args, nargs, kwnames, result);
}

static bool bytes_rindex(EddyVM *vm, Value *args, int nargs,
                         ObjTuple *kwnames, Value *result) {
  return search_method(vm, &M_rindex, -1, true, args, nargs, kwnames,
                       result);
}

static bool bytes_count(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  return search_method(vm, &M_count, 0, false, args, nargs, kwnames, result);
}

/* ---- startswith, endswith --------------------------------------------- */

/* Does [sub] occur at the start ([dir] < 0) or end of the window [start,
 * end) of [b]? */
static bool tailmatch(ObjBytes *b, ObjBytes *sub, int64_t start, int64_t end,
                      int dir) {
  str_adjust_range((int64_t)b->length, &start, &end);
  end -= (int64_t)sub->length;
  if (end < start) return false;
  if (sub->length == 0) return true;
  return memcmp(b->data + (dir < 0 ? start : end), sub->data,
                sub->length) == 0;
}

BYTES_METHOD(M_startswith, "startswith", ARGS_TUPLE, 1, 3);
BYTES_METHOD(M_endswith, "endswith", ARGS_TUPLE, 1, 3);

/* Shared body of startswith ([dir] < 0) and endswith. */
static bool affix_method(EddyVM *vm, const TextMethod *m, int dir,
                         Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  if (!str_method_check(vm, m, args, nargs, kwnames)) return false;
  ObjBytes *b = AS_BYTES(args[0]);
  int64_t start = 0, end = INT64_MAX;
  if ((nargs > 2 && !str_slice_bound(vm, args[2], &start)) ||
      (nargs > 3 && !str_slice_bound(vm, args[3], &end)))
    return false;
  Value arg = args[1];
  if (IS_BYTES(arg)) {
    *result = BOOL_VAL(tailmatch(b, AS_BYTES(arg), start, end, dir));
    return true;
  }
  if (!IS_TUPLE(arg))
    return vm_raise(vm, vm->exc.TypeError,
                    "%s first arg must be bytes or a tuple of bytes, not %s",
                    m->name, vm_type_name(vm, arg));
  ObjTuple *t = AS_TUPLE(arg);
  for (size_t i = 0; i < t->length; i++) {
    ObjBytes *sub = NULL;
    if (!need_bytes(vm, t->items[i], &sub)) return false;
    if (tailmatch(b, sub, start, end, dir)) {
      *result = BOOL_VAL(true);
      return true;
    }
  }
  *result = BOOL_VAL(false);
  return true;
}

static bool bytes_startswith(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  return affix_method(vm, &M_startswith, -1, args, nargs, kwnames, result);
}

static bool bytes_endswith(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  return affix_method(vm, &M_endswith, 1, args, nargs, kwnames, result);
}

/* ---- split, rsplit, splitlines, join ---------------------------------- */

BYTES_METHOD(M_split, "split", ARGS_KW, 0, 2);
BYTES_METHOD(M_rsplit, "rsplit", ARGS_KW, 0, 2);
BYTES_METHOD(M_splitlines, "splitlines", ARGS_KW, 0, 1);
BYTES_METHOD(M_join, "join", ARGS_ONE, 1, 1);

/* Shared body of split and rsplit ([right]). */
static bool split_method(EddyVM *vm, const TextMethod *m, bool right,
                         Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  static const char *const names[] = {"sep", "maxsplit"};
  if (!str_method_check(vm, m, args, nargs, kwnames)) return false;
  ObjBytes *b = AS_BYTES(args[0]), *sep = NULL;
  Value a[2];
  int64_t maxsplit = -1;
  if (!native_parse_args(vm, m->name, args + 1, nargs - 1, kwnames, names, 2,
                         0, 0, a) ||
      (!IS_UNDEF(a[0]) && !IS_NONE(a[0]) && !need_bytes(vm, a[0], &sep)) ||
      (!IS_UNDEF(a[1]) && !container_int_arg(vm, a[1], &maxsplit)))
    return false;
  if (sep && sep->length == 0)
    return vm_raise(vm, vm->exc.ValueError, "empty separator");
  ObjList *list = list_new(vm, 0);
  if (!list) return false;
  gc_push_root(vm, OBJ_VAL(list));
  const char *sp = sep ? sep->data : NULL;
  size_t sl = sep ? sep->length : 0;
  bool ok = right ? text_rsplit(vm, true, b->data, b->length, sp, sl,
                                maxsplit, list)
                  : text_split(vm, true, b->data, b->length, sp, sl,
                               maxsplit, list);
  gc_pop_roots(vm, 1);
  *result = OBJ_VAL(list);
  return ok;
}

static bool bytes_split(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  return split_method(vm, &M_split, false, args, nargs, kwnames, result);
}

static bool bytes_rsplit(EddyVM *vm, Value *args, int nargs,
                         ObjTuple *kwnames, Value *result) {
  return split_method(vm, &M_rsplit, true, args, nargs, kwnames, result);
}

static bool bytes_splitlines(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  static const char *const names[] = {"keepends"};
  if (!str_method_check(vm, &M_splitlines, args, nargs, kwnames))
    return false;
  ObjBytes *b = AS_BYTES(args[0]);
  Value keep;
  int64_t keepends = 0;
  if (!native_parse_args(vm, "splitlines", args + 1, nargs - 1, kwnames,
                         names, 1, 0, 0, &keep) ||
      (!IS_UNDEF(keep) && !container_int_arg(vm, keep, &keepends)))
    return false;
  ObjList *list = list_new(vm, 0);
  if (!list) return false;
  gc_push_root(vm, OBJ_VAL(list));
  bool ok = text_splitlines(vm, true, b->data, b->length, keepends != 0,
                            list);
  gc_pop_roots(vm, 1);
  *result = OBJ_VAL(list);
  return ok;
}

/* Lays the [n] bytes objects [items] end to end with [sep] between. */
static bool join_items(EddyVM *vm, ObjBytes *sep, Value *items, size_t n,
                       Value *result) {
  size_t total = n > 1 ? sep->length * (n - 1) : 0;
  for (size_t i = 0; i < n; i++) {
    if (!IS_BYTES(items[i]))
      return vm_raise(vm, vm->exc.TypeError,
                      "sequence item %zu: expected a bytes-like object, %s "
                      "found",
                      i, vm_type_name(vm, items[i]));
    total += AS_BYTES(items[i])->length;
  }
  ObjBytes *r = bytes_alloc(vm, total);
  if (!r) return false;
  char *p = r->data;
  for (size_t i = 0; i < n; i++) {
    ObjBytes *item = AS_BYTES(items[i]);
    if (i > 0 && sep->length) {
      memcpy(p, sep->data, sep->length);
      p += sep->length;
    }
    if (item->length) memcpy(p, item->data, item->length);
    p += item->length;
  }
  *result = OBJ_VAL(r);
  return true;
}

static bool bytes_join(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  if (!str_method_check(vm, &M_join, args, nargs, kwnames)) return false;
  ObjBytes *sep = AS_BYTES(args[0]);
  Value seq = args[1];
  if (IS_LIST(seq))
    return join_items(vm, sep, AS_LIST(seq)->items, AS_LIST(seq)->length,
                      result);
  if (IS_TUPLE(seq))
    return join_items(vm, sep, AS_TUPLE(seq)->items, AS_TUPLE(seq)->length,
                      result);
  Value it, list;
  if (!value_iter(vm, seq, &it)) {
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

/* ---- strip, replace, partition, affixes -------------------------------- */

BYTES_METHOD(M_strip, "strip", ARGS_POS, 0, 1);
BYTES_METHOD(M_lstrip, "lstrip", ARGS_POS, 0, 1);
BYTES_METHOD(M_rstrip, "rstrip", ARGS_POS, 0, 1);

/* Shared body of strip, lstrip and rstrip. */
static bool strip_method(EddyVM *vm, const TextMethod *m, int sides,
                         Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  if (!str_method_check(vm, m, args, nargs, kwnames)) return false;
  ObjBytes *b = AS_BYTES(args[0]), *chars = NULL;
  if (nargs > 1 && !IS_NONE(args[1]) && !need_bytes(vm, args[1], &chars))
    return false;
  size_t from, to;
  text_strip(true, b->data, b->length, chars ? chars->data : NULL,
             chars ? chars->length : 0, sides, &from, &to);
  return range_result(vm, b, from, to, result);
}

static bool bytes_strip(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  return strip_method(vm, &M_strip, TEXT_STRIP_BOTH, args, nargs, kwnames,
                      result);
}

static bool bytes_lstrip(EddyVM *vm, Value *args, int nargs,
                         ObjTuple *kwnames, Value *result) {
  return strip_method(vm, &M_lstrip, TEXT_STRIP_LEFT, args, nargs, kwnames,
                      result);
}

static bool bytes_rstrip(EddyVM *vm, Value *args, int nargs,
                         ObjTuple *kwnames, Value *result) {
  return strip_method(vm, &M_rstrip, TEXT_STRIP_RIGHT, args, nargs, kwnames,
                      result);
}

BYTES_METHOD(M_replace, "replace", ARGS_POS, 2, 3);

static bool bytes_replace(EddyVM *vm, Value *args, int nargs,
                          ObjTuple *kwnames, Value *result) {
  if (!str_method_check(vm, &M_replace, args, nargs, kwnames)) return false;
  ObjBytes *b = AS_BYTES(args[0]), *old = NULL, *new_bytes = NULL;
  int64_t count = -1;
  if (!need_bytes(vm, args[1], &old) || !need_bytes(vm, args[2], &new_bytes) ||
      (nargs > 3 && !container_int_arg(vm, args[3], &count)))
    return false;
  ByteBuf buf;
  buf_init(&buf);
  bool ok = text_replace(true, b->data, b->length, old->data, old->length,
                         new_bytes->data, new_bytes->length, count, &buf);
  return buf_result(vm, &buf, ok, result);
}

BYTES_METHOD(M_partition, "partition", ARGS_ONE, 1, 1);
BYTES_METHOD(M_rpartition, "rpartition", ARGS_ONE, 1, 1);

/* Shared body of partition and rpartition ([right]). */
static bool partition_method(EddyVM *vm, const TextMethod *m, bool right,
                             Value *args, int nargs, ObjTuple *kwnames,
                             Value *result) {
  if (!str_method_check(vm, m, args, nargs, kwnames)) return false;
  ObjBytes *b = AS_BYTES(args[0]), *sep = NULL;
  if (!need_bytes(vm, args[1], &sep)) return false;
  if (sep->length == 0)
    return vm_raise(vm, vm->exc.ValueError, "empty separator");
  ssize_t at = right ? text_rfind(b->data, b->length, sep->data, sep->length)
                     : text_find(b->data, b->length, sep->data, sep->length);
  size_t cut[4] = {0, 0, 0, b->length};
  if (at >= 0) {
    cut[1] = (size_t)at;
    cut[2] = (size_t)at + sep->length;
  } else if (!right) {
    cut[1] = cut[2] = b->length;
  }
  ObjTuple *t = tuple_new(vm, 3);
  if (!t) return false;
  for (int i = 0; i < 3; i++) t->items[i] = NONE_VAL;
  gc_push_root(vm, OBJ_VAL(t));
  bool ok = true;
  for (int i = 0; ok && i < 3; i++)
    ok = range_result(vm, b, cut[i], cut[i + 1], &t->items[i]);
  gc_pop_roots(vm, 1);
  *result = OBJ_VAL(t);
  return ok;
}

static bool bytes_partition(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  return partition_method(vm, &M_partition, false, args, nargs, kwnames,
                          result);
}

static bool bytes_rpartition(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  return partition_method(vm, &M_rpartition, true, args, nargs, kwnames,
                          result);
}

BYTES_METHOD(M_removeprefix, "removeprefix", ARGS_ONE, 1, 1);
BYTES_METHOD(M_removesuffix, "removesuffix", ARGS_ONE, 1, 1);

/* Shared body of removeprefix and removesuffix ([suffix]). */
static bool remove_affix(EddyVM *vm, const TextMethod *m, bool suffix,
                         Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  if (!str_method_check(vm, m, args, nargs, kwnames)) return false;
  ObjBytes *b = AS_BYTES(args[0]), *a = NULL;
  if (!need_bytes(vm, args[1], &a)) return false;
  size_t n = a->length;
  if (n == 0 || n > b->length ||
      memcmp(b->data + (suffix ? b->length - n : 0), a->data, n) != 0)
    return range_result(vm, b, 0, b->length, result);
  return suffix ? range_result(vm, b, 0, b->length - n, result)
                : range_result(vm, b, n, b->length, result);
}

static bool bytes_removeprefix(EddyVM *vm, Value *args, int nargs,
                               ObjTuple *kwnames, Value *result) {
  return remove_affix(vm, &M_removeprefix, false, args, nargs, kwnames,
                      result);
}

static bool bytes_removesuffix(EddyVM *vm, Value *args, int nargs,
                               ObjTuple *kwnames, Value *result) {
  return remove_affix(vm, &M_removesuffix, true, args, nargs, kwnames,
                      result);
}

/* ---- case and character tests (ASCII) -------------------------------- */

static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool is_alpha(unsigned char c) { return is_upper(c) || is_lower(c); }
static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }
static bool is_space(unsigned char c) { return text_isspace(true, c); }
static bool is_ascii(unsigned char c) { return c < 0x80; }

/* The case operations. */
typedef enum {
  BCASE_UPPER,
  BCASE_LOWER,
  BCASE_SWAPCASE,
  BCASE_CAPITALIZE,
  BCASE_TITLE
} ByteCase;

/* [c] mapped for [op]; [*prev] carries title()'s "previous was a letter"
 * and capitalize()'s "not the first byte". */
static char map_byte(ByteCase op, unsigned char c, bool *prev) {
  bool up = is_upper(c), low = is_lower(c), to_up = false, to_low = false;
  switch (op) {
  case BCASE_UPPER: to_up = low; break;
  case BCASE_LOWER: to_low = up; break;
  case BCASE_SWAPCASE: to_up = low, to_low = up; break;
  case BCASE_CAPITALIZE:
    to_up = !*prev && low, to_low = *prev && up;
    *prev = true;
    break;
  case BCASE_TITLE:
    to_up = !*prev && low, to_low = *prev && up;
    *prev = up || low;
    break;
  }
  return (char)(to_up ? c - 32 : to_low ? c + 32 : c);
}

/* [*result] = [b] mapped for [op]. */
static bool case_map(EddyVM *vm, ObjBytes *b, ByteCase op, Value *result) {
  ObjBytes *r = bytes_alloc(vm, b->length);
  if (!r) return false;
  bool prev = false;
  for (size_t i = 0; i < b->length; i++)
    r->data[i] = map_byte(op, (unsigned char)b->data[i], &prev);
  *result = OBJ_VAL(r);
  return true;
}

/* Defines the native bytes_[fn] applying the case operation [op]. */
#define CASE_METHOD(fn, op)                                                    \
  BYTES_METHOD(M_##fn, #fn, ARGS_NONE, 0, 0);                                  \
  static bool bytes_##fn(EddyVM *vm, Value *args, int nargs,                   \
                         ObjTuple *kwnames, Value *result) {                   \
    if (!str_method_check(vm, &M_##fn, args, nargs, kwnames)) return false;    \
    return case_map(vm, AS_BYTES(args[0]), op, result);                        \
  }

CASE_METHOD(upper, BCASE_UPPER)
CASE_METHOD(lower, BCASE_LOWER)
CASE_METHOD(swapcase, BCASE_SWAPCASE)
CASE_METHOD(capitalize, BCASE_CAPITALIZE)
CASE_METHOD(title, BCASE_TITLE)

/* True when [b] is not empty and [pred] holds for each byte (isascii
 * also accepts the empty bytes). */
static bool all_bytes(const ObjBytes *b, bool (*pred)(unsigned char)) {
  if (b->length == 0) return pred == is_ascii;
  for (size_t i = 0; i < b->length; i++)
    if (!pred((unsigned char)b->data[i])) return false;
  return true;
}

/* bytes.isupper ([upper]) or bytes.islower: some letters, none of the
 * other case. */
static bool is_cased_as(const ObjBytes *b, bool upper) {
  bool cased = false;
  for (size_t i = 0; i < b->length; i++) {
    unsigned char c = (unsigned char)b->data[i];
    if (upper ? is_lower(c) : is_upper(c)) return false;
    cased = cased || (upper ? is_upper(c) : is_lower(c));
  }
  return cased;
}

/* bytes.istitle, with ASCII letters. */
static bool is_title(const ObjBytes *b) {
  bool cased = false, prev = false;
  for (size_t i = 0; i < b->length; i++) {
    unsigned char c = (unsigned char)b->data[i];
    if (is_upper(c)) {
      if (prev) return false;
      prev = cased = true;
    } else if (is_lower(c)) {
      if (!prev) return false;
      prev = cased = true;
    } else {
      prev = false;
    }
  }
  return cased;
}

/* Defines the native bytes_[fn] returning the bool [expr] of [b]. */
#define TEST_METHOD(fn, expr)                                                  \
  BYTES_METHOD(M_##fn, #fn, ARGS_NONE, 0, 0);                                  \
  static bool bytes_##fn(EddyVM *vm, Value *args, int nargs,                   \
                         ObjTuple *kwnames, Value *result) {                   \
    if (!str_method_check(vm, &M_##fn, args, nargs, kwnames)) return false;    \
    const ObjBytes *b = AS_BYTES(args[0]);                                     \
    *result = BOOL_VAL(expr);                                                  \
    return true;                                                               \
  }

TEST_METHOD(isalnum, all_bytes(b, is_alnum))
TEST_METHOD(isalpha, all_bytes(b, is_alpha))
TEST_METHOD(isascii, all_bytes(b, is_ascii))
TEST_METHOD(isdigit, all_bytes(b, is_digit))
TEST_METHOD(isspace, all_bytes(b, is_space))
TEST_METHOD(isupper, is_cased_as(b, true))
TEST_METHOD(islower, is_cased_as(b, false))
TEST_METHOD(istitle, is_title(b))

/* ---- padding -------------------------------------------------------------- */

BYTES_METHOD(M_center, "center", ARGS_POS, 1, 2);
BYTES_METHOD(M_ljust, "ljust", ARGS_POS, 1, 2);
BYTES_METHOD(M_rjust, "rjust", ARGS_POS, 1, 2);
BYTES_METHOD(M_zfill, "zfill", ARGS_ONE, 1, 1);

/* [*result] = [b] with [left] and [right] copies of [fill] around it. */
static bool pad(EddyVM *vm, ObjBytes *b, int64_t left, int64_t right,
                char fill, Value *result) {
  if (left <= 0 && right <= 0) return range_result(vm, b, 0, b->length,
                                                   result);
  ObjBytes *r = bytes_alloc(vm, b->length + (size_t)(left + right));
  if (!r) return false;
  memset(r->data, fill, (size_t)left);
  if (b->length) memcpy(r->data + left, b->data, b->length);
  memset(r->data + left + b->length, fill, (size_t)right);
  *result = OBJ_VAL(r);
  return true;
}

/* Shared body of center, ljust and rjust: [where] is '^', '<' or '>'. */
static bool justify(EddyVM *vm, const TextMethod *m, char where, Value *args,
                    int nargs, ObjTuple *kwnames, Value *result) {
  if (!str_method_check(vm, m, args, nargs, kwnames)) return false;
  ObjBytes *b = AS_BYTES(args[0]);
  int64_t width;
  if (!container_int_arg(vm, args[1], &width)) return false;
  char fill = ' ';
  if (nargs > 2) {
    if (!IS_BYTES(args[2]) || AS_BYTES(args[2])->length != 1)
      return vm_raise(vm, vm->exc.TypeError,
                      "%s() argument 2 must be a byte string of length 1, "
                      "not %s",
                      m->name, vm_type_name(vm, args[2]));
    fill = AS_BYTES(args[2])->data[0];
  }
  int64_t marg = width - (int64_t)b->length;
  if (marg <= 0) return pad(vm, b, 0, 0, fill, result);
  int64_t left = where == '>' ? marg : where == '<' ? 0
                                                    : marg / 2 +
                                                          (marg & width & 1);
  return pad(vm, b, left, marg - left, fill, result);
}

static bool bytes_center(EddyVM *vm, Value *args, int nargs,
                         ObjTuple *kwnames, Value *result) {
  return justify(vm, &M_center, '^', args, nargs, kwnames, result);
}

static bool bytes_ljust(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  return justify(vm, &M_ljust, '<', args, nargs, kwnames, result);
}

static bool bytes_rjust(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  return justify(vm, &M_rjust, '>', args, nargs, kwnames, result);
}

static bool bytes_zfill(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  if (!str_method_check(vm, &M_zfill, args, nargs, kwnames)) return false;
  ObjBytes *b = AS_BYTES(args[0]);
  int64_t width;
  if (!container_int_arg(vm, args[1], &width)) return false;
  int64_t fill = width - (int64_t)b->length;
  if (!pad(vm, b, fill, 0, '0', result)) return false;
  ObjBytes *r = AS_BYTES(*result);
  if (fill > 0 && (r->data[fill] == '+' || r->data[fill] == '-')) {
    r->data[0] = r->data[fill];
    r->data[fill] = '0';
  }
  return true;
}

BYTES_METHOD(M_expandtabs, "expandtabs", ARGS_KW, 0, 1);

static bool bytes_expandtabs(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  static const char *const names[] = {"tabsize"};
  if (!str_method_check(vm, &M_expandtabs, args, nargs, kwnames))
    return false;
  ObjBytes *b = AS_BYTES(args[0]);
  Value size;
  int64_t tabsize = 8;
  if (!native_parse_args(vm, "expandtabs", args + 1, nargs - 1, kwnames,
                         names, 1, 0, 0, &size) ||
      (!IS_UNDEF(size) && !container_int_arg(vm, size, &tabsize)))
    return false;
  ByteBuf buf;
  buf_init(&buf);
  bool ok = text_expandtabs(true, b->data, b->length, tabsize, &buf);
  return buf_result(vm, &buf, ok, result);
}

/* ---- installation ------------------------------------------------------- */

/* One method of the table installed below. */
typedef struct MethodDef {
  const char *name; /* the attribute name */
  NativeFn fn;      /* its implementation */
} MethodDef;

static const MethodDef methods[] = {
    {"decode", bytes_decode},
    {"hex", bytes_hex},
    {"find", bytes_find},
    {"rfind", bytes_rfind},
    {"index", bytes_index},
    {"rindex", bytes_rindex},
    {"count", bytes_count},
    {"startswith", bytes_startswith},
    {"endswith", bytes_endswith},
    {"split", bytes_split},
    {"rsplit", bytes_rsplit},
    {"splitlines", bytes_splitlines},
    {"join", bytes_join},
    {"strip", bytes_strip},
    {"lstrip", bytes_lstrip},
    {"rstrip", bytes_rstrip},
    {"replace", bytes_replace},
    {"partition", bytes_partition},
    {"rpartition", bytes_rpartition},
    {"removeprefix", bytes_removeprefix},
    {"removesuffix", bytes_removesuffix},
    {"upper", bytes_upper},
    {"lower", bytes_lower},
    {"swapcase", bytes_swapcase},
    {"capitalize", bytes_capitalize},
    {"title", bytes_title},
    {"isalnum", bytes_isalnum},
    {"isalpha", bytes_isalpha},
    {"isascii", bytes_isascii},
    {"isdigit", bytes_isdigit},
    {"isspace", bytes_isspace},
    {"isupper", bytes_isupper},
    {"islower", bytes_islower},
    {"istitle", bytes_istitle},
    {"center", bytes_center},
    {"ljust", bytes_ljust},
    {"rjust", bytes_rjust},
    {"zfill", bytes_zfill},
    {"expandtabs", bytes_expandtabs},
};

bool bytes_methods_install(EddyVM *vm) {
  for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
    if (!native_method(vm, vm->types.bytes, methods[i].name, methods[i].fn))
      return false;
  return container_classmethod(vm, vm->types.bytes, "fromhex",
                               bytes_fromhex);
}
