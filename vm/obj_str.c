/* obj_str.c: the core of str: making, hashing, comparing, indexing and
 * slicing strings, the intern table, the argument checks str and bytes
 * methods share, and str's TypeOps, iterator and constructor. See
 * obj_str.h for the representation. */
#include "vm/obj_str.h"

#include <string.h>

#include "vm/codec.h"
#include "vm/container.h"
#include "vm/format.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_dict.h"
#include "vm/obj_slice.h"
#include "vm/protocol.h"
#include "vm/text_repr.h"
#include "vm/unicode.h"

/* ---- making strings --------------------------------------------------- */

ObjStr *str_alloc(EddyVM *vm, size_t len) {
  if (len > (size_t)INT64_MAX - sizeof(ObjStr) - 1) {
    vm_raise_memory(vm);
    return NULL;
  }
  ObjStr *s = (ObjStr *)gc_new_object(vm, sizeof(ObjStr) + len + 1, OBJ_STR,
                                      vm->types.str);
  if (!s) return NULL;
  s->length = len;
  s->cp_len = len;
  s->hash = -1;
  s->interned = false;
  s->chars[len] = '\0';
  return s;
}

/* True when none of the [len] bytes at [p] has its high bit set. */
static bool all_ascii(const char *p, size_t len) {
  for (size_t i = 0; i < len; i++)
    if ((unsigned char)p[i] >= 0x80) return false;
  return true;
}

ObjStr *str_finish(ObjStr *s, bool ascii) {
  if (ascii || all_ascii(s->chars, s->length)) {
    s->cp_len = s->length;
  } else {
    s->cp_len = unicode_count(s->chars, s->length);
  }
  return s;
}

ObjStr *str_new(EddyVM *vm, const char *utf8, size_t len) {
  ObjStr *s = str_alloc(vm, len);
  if (!s) return NULL;
  if (len) memcpy(s->chars, utf8, len);
  return str_finish(s, false);
}

ObjStr *str_from_cstr(EddyVM *vm, const char *s) {
  return str_new(vm, s, strlen(s));
}

ObjStr *str_from_buf(EddyVM *vm, const ByteBuf *buf) {
  return str_new(vm, buf->data ? buf->data : "", buf->len);
}

ObjStr *str_from_cp(EddyVM *vm, uint32_t cp) {
  char text[UNICODE_MAX_UTF8];
  size_t n = unicode_encode(cp, text);
  return str_new(vm, text, n);
}

bool str_value_from_buf(EddyVM *vm, const ByteBuf *buf, Value *out) {
  ObjStr *s = str_from_buf(vm, buf);
  if (!s) return false;
  *out = OBJ_VAL(s);
  return true;
}

/* ---- the intern table ------------------------------------------------- */

ObjStr *str_intern(EddyVM *vm, const char *utf8, size_t len) {
  int64_t hash = str_hash_chars(utf8, len);
  if (vm->interned) {
    Value found = dict_find_chars(vm->interned, utf8, len, hash);
    if (!IS_UNDEF(found)) return AS_STR(found);
  }
  ObjStr *s = str_new(vm, utf8, len);
  if (!s) return NULL;
  s->hash = hash;
  if (!vm->interned) return s;
  gc_push_root(vm, OBJ_VAL(s));
  bool ok = dict_set_str(vm, vm->interned, s, NONE_VAL);
  gc_pop_roots(vm, 1);
  if (!ok) return NULL;
  s->interned = true;
  return s;
}

ObjStr *str_intern_cstr(EddyVM *vm, const char *s) {
  return str_intern(vm, s, strlen(s));
}

/* ---- reading strings ---------------------------------------------------- */

int64_t str_hash_chars(const char *chars, size_t len) {
  uint64_t h = 14695981039346656037u; /* FNV-1a, 64-bit */
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)chars[i];
    h *= 1099511628211u;
  }
  int64_t hash = (int64_t)h;
  return hash == -1 ? -2 : hash;
}

int64_t str_hash(ObjStr *s) {
  if (s->hash == -1) s->hash = str_hash_chars(s->chars, s->length);
  return s->hash;
}

bool str_equal(const ObjStr *a, const ObjStr *b) {
  if (a == b) return true;
  if (a->length != b->length) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return memcmp(a->chars, b->chars, a->length) == 0;
}

bool str_equal_cstr(const ObjStr *s, const char *text) {
  size_t n = strlen(text);
  return s->length == n && memcmp(s->chars, text, n) == 0;
}

int str_compare(const ObjStr *a, const ObjStr *b) {
  size_t n = a->length < b->length ? a->length : b->length;
  int c = n ? memcmp(a->chars, b->chars, n) : 0;
  if (c != 0) return c;
  return a->length < b->length ? -1 : a->length > b->length;
}

size_t str_advance(const ObjStr *s, size_t from, size_t count) {
  if (str_is_ascii(s)) {
    size_t to = from + count;
    return to < s->length ? to : s->length;
  }
  uint32_t cp;
  while (count-- > 0 && from < s->length)
    from += unicode_decode(s->chars + from, s->length - from, &cp);
  return from;
}

size_t str_byte_offset(const ObjStr *s, size_t index) {
  return str_advance(s, 0, index);
}

size_t str_cp_index(const ObjStr *s, size_t offset) {
  if (str_is_ascii(s)) return offset;
  return unicode_count(s->chars, offset);
}

uint32_t str_cp_at(const ObjStr *s, size_t index) {
  if (str_is_ascii(s)) return (unsigned char)s->chars[index];
  size_t off = str_byte_offset(s, index);
  uint32_t cp = 0;
  unicode_decode(s->chars + off, s->length - off, &cp);
  return cp;
}

/* str_byte_offset through the VM's cursor: from the last position found
 * in the same str when [index] lies at or after it. */
static size_t cursor_offset(EddyVM *vm, const ObjStr *s, size_t index) {
  if (str_is_ascii(s)) return index < s->length ? index : s->length;
  StrCursor *c = &vm->str_cursor;
  size_t off = c->s == s && c->index <= index
                   ? str_advance(s, c->offset, index - c->index)
                   : str_byte_offset(s, index);
  c->s = s;
  c->index = index;
  c->offset = off;
  return off;
}

bool str_index_cp(EddyVM *vm, ObjStr *s, int64_t index, Value *out) {
  if (index < 0) index += (int64_t)s->cp_len;
  if (index < 0 || index >= (int64_t)s->cp_len)
    return vm_raise(vm, vm->exc.IndexError, "string index out of range");
  size_t off = cursor_offset(vm, s, (size_t)index);
  uint32_t cp;
  size_t n = unicode_decode(s->chars + off, s->length - off, &cp);
  ObjStr *c = str_new(vm, s->chars + off, n);
  if (!c) return false;
  *out = OBJ_VAL(c);
  return true;
}

ObjStr *str_substr(EddyVM *vm, ObjStr *s, size_t start, size_t stop) {
  if (stop > s->cp_len) stop = s->cp_len;
  if (start > stop) start = stop;
  if (start == 0 && stop == s->cp_len) return s;
  size_t from = cursor_offset(vm, s, start);
  size_t to = str_advance(s, from, stop - start);
  ObjStr *r = str_alloc(vm, to - from);
  if (!r) return NULL;
  memcpy(r->chars, s->chars + from, to - from);
  r->cp_len = stop - start;
  return r;
}

/* The slice of the non-ASCII [s] with [step] != 1: finds the byte offset
 * of every code point first, since a negative step walks backwards. */
static ObjStr *slice_unicode(EddyVM *vm, ObjStr *s, int64_t start,
                             int64_t step, int64_t count) {
  size_t *offs = malloc((s->cp_len + 1) * sizeof(size_t));
  if (!offs) {
    vm_raise_memory(vm);
    return NULL;
  }
  uint32_t cp;
  size_t off = 0;
  for (size_t i = 0; i < s->cp_len; i++) {
    offs[i] = off;
    off += unicode_decode(s->chars + off, s->length - off, &cp);
  }
  offs[s->cp_len] = s->length;
  size_t total = 0;
  for (int64_t k = 0, i = start; k < count; k++, i += step)
    total += offs[i + 1] - offs[i];
  ObjStr *r = str_alloc(vm, total);
  if (r) {
    char *p = r->chars;
    for (int64_t k = 0, i = start; k < count; k++, i += step) {
      memcpy(p, s->chars + offs[i], offs[i + 1] - offs[i]);
      p += offs[i + 1] - offs[i];
    }
    r->cp_len = (size_t)count;
  }
  free(offs);
  return r;
}

ObjStr *str_slice_cp(EddyVM *vm, ObjStr *s, int64_t start, int64_t step,
                     int64_t count) {
  if (count <= 0) return str_alloc(vm, 0);
  if (step == 1) return str_substr(vm, s, (size_t)start,
                                   (size_t)(start + count));
  if (!str_is_ascii(s)) return slice_unicode(vm, s, start, step, count);
  ObjStr *r = str_alloc(vm, (size_t)count);
  if (!r) return NULL;
  for (int64_t k = 0, i = start; k < count; k++, i += step)
    r->chars[k] = s->chars[i];
  return r;
}

/* ---- operators ------------------------------------------------------------ */

ObjStr *str_concat(EddyVM *vm, ObjStr *a, ObjStr *b) {
  if (b->length == 0 && a->obj.cls == vm->types.str) return a;
  if (a->length == 0 && b->obj.cls == vm->types.str) return b;
  ObjStr *r = str_alloc(vm, a->length + b->length);
  if (!r) return NULL;
  memcpy(r->chars, a->chars, a->length);
  memcpy(r->chars + a->length, b->chars, b->length);
  r->cp_len = a->cp_len + b->cp_len;
  return r;
}

ObjStr *str_repeat(EddyVM *vm, ObjStr *s, int64_t n) {
  if (n <= 0 || s->length == 0) return str_alloc(vm, 0);
  if (n == 1 && s->obj.cls == vm->types.str) return s;
  if ((uint64_t)n > (uint64_t)INT64_MAX / s->length) {
    vm_raise(vm, vm->exc.OverflowError, "repeated string is too long");
    return NULL;
  }
  size_t total = s->length * (size_t)n;
  ObjStr *r = str_alloc(vm, total);
  if (!r) return NULL;
  memcpy(r->chars, s->chars, s->length);
  size_t done = s->length;
  while (done < total) { /* doubling copies */
    size_t chunk = done <= total - done ? done : total - done;
    memcpy(r->chars + done, r->chars, chunk);
    done += chunk;
  }
  r->cp_len = s->cp_len * (size_t)n;
  return r;
}

/* ---- argument checks shared by str and bytes methods ------------------ */

/* "s" when [n] calls for a plural. */
static const char *plural(int n) { return n == 1 ? "" : "s"; }

/* Raises the TypeError for a call of [m] with [n] arguments, in the
 * wording CPython's argument handling for [m]'s style uses. */
static bool count_error(EddyVM *vm, const TextMethod *m, int n) {
  ObjClass *te = vm->exc.TypeError;
  switch (m->style) {
  case ARGS_NONE:
    return vm_raise(vm, te, "%s.%s() takes no arguments (%d given)",
                    m->type_name, m->name, n);
  case ARGS_ONE:
    return vm_raise(vm, te, "%s.%s() takes exactly one argument (%d given)",
                    m->type_name, m->name, n);
  case ARGS_POS: return native_check_count(vm, m->name, n, m->min, m->max);
  case ARGS_TUPLE:
    if (n < m->min)
      return vm_raise(vm, te, "%s() takes at least %d argument%s (%d given)",
                      m->name, m->min, plural(m->min), n);
    return vm_raise(vm, te, "%s() takes at most %d argument%s (%d given)",
                    m->name, m->max, plural(m->max), n);
  case ARGS_KW: break;
  }
  return false;
}

bool str_method_check(EddyVM *vm, const TextMethod *m, Value *args, int nargs,
                      ObjTuple *kwnames) {
  if (nargs < 1 || !IS_OBJ_TYPE(args[0], m->layout)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "descriptor '%s' for '%s' objects doesn't apply to a "
                    "'%s' object",
                    m->name, m->type_name,
                    nargs < 1 ? "NoneType" : vm_type_name(vm, args[0]));
  }
  if (m->style == ARGS_KW) return true; /* native_parse_args checks */
  if (kwnames && kwnames->length > 0)
    return vm_raise(vm, vm->exc.TypeError,
                    "%s.%s() takes no keyword arguments", m->type_name,
                    m->name);
  int n = nargs - 1;
  if (n < m->min || (m->max >= 0 && n > m->max)) return count_error(vm, m, n);
  return true;
}

/* ---- conversions shared with bytes ---------------------------------- */

bool str_slice_bound(EddyVM *vm, Value v, int64_t *out) {
  if (IS_UNDEF(v) || IS_NONE(v)) return true;
  if (IS_ANY_INT(v)) {
    *out = container_clamp(v);
    return true;
  }
  return vm_raise(vm, vm->exc.TypeError,
                  "slice indices must be integers or None or have an "
                  "__index__ method");
}

void str_adjust_range(int64_t length, int64_t *start, int64_t *end) {
  if (*end > length) {
    *end = length;
  } else if (*end < 0) {
    *end += length;
    if (*end < 0) *end = 0;
  }
  if (*start < 0) {
    *start += length;
    if (*start < 0) *start = 0;
  }
}

/* ---- TypeOps ------------------------------------------------------------- */

static bool str_repr_op(EddyVM *vm, Value v, ByteBuf *out) {
  ObjStr *s = AS_STR(v);
  if (!text_repr_str(out, s->chars, s->length)) return vm_raise_memory(vm);
  return true;
}

static bool str_str_op(EddyVM *vm, Value v, ByteBuf *out) {
  ObjStr *s = AS_STR(v);
  if (!buf_append(out, s->chars, s->length)) return vm_raise_memory(vm);
  return true;
}

static bool str_hash_op(EddyVM *vm, Value v, int64_t *out) {
  (void)vm;
  *out = str_hash(AS_STR(v));
  return true;
}

static bool str_eq_op(EddyVM *vm, Value a, Value b, bool *out) {
  (void)vm;
  *out = IS_STR(b) && str_equal(AS_STR(a), AS_STR(b));
  return true;
}

/* Produces the next character of a str iterator; [it]->index is the
 * byte offset of the next one. */
static bool str_iter_next(EddyVM *vm, ObjIterator *it, Value *out,
                          bool *done) {
  ObjStr *s = AS_STR(it->source);
  if (it->exhausted || (size_t)it->index >= s->length) {
    it->exhausted = true;
    *done = true;
    return true;
  }
  uint32_t cp;
  size_t off = (size_t)it->index;
  size_t n = unicode_decode(s->chars + off, s->length - off, &cp);
  ObjStr *c = str_new(vm, s->chars + off, n);
  if (!c) return false;
  it->index += (int64_t)n;
  *done = false;
  *out = OBJ_VAL(c);
  return true;
}

static bool str_iter_op(EddyVM *vm, Value v, Value *out) {
  ObjClass *cls = str_is_ascii(AS_STR(v)) ? vm->types.str_ascii_iterator
                                          : vm->types.str_iterator;
  ObjIterator *it = (ObjIterator *)gc_new_object(vm, sizeof(ObjIterator),
                                                 OBJ_ITERATOR, cls);
  if (!it) return false;
  it->next = str_iter_next;
  it->source = v;
  it->extra = UNDEF_VAL;
  *out = OBJ_VAL(it);
  return true;
}

static bool str_len_op(EddyVM *vm, Value v, int64_t *out) {
  (void)vm;
  *out = (int64_t)AS_STR(v)->cp_len;
  return true;
}

static bool str_getitem_op(EddyVM *vm, Value v, Value key, Value *out) {
  ObjStr *s = AS_STR(v);
  if (IS_SLICE(key)) {
    int64_t start, stop, step, count;
    if (!slice_indices(vm, AS_SLICE(key), (int64_t)s->cp_len, &start, &stop,
                       &step, &count))
      return false;
    ObjStr *r = str_slice_cp(vm, s, start, step, count);
    if (!r) return false;
    *out = OBJ_VAL(r);
    return true;
  }
  int64_t index;
  bool is_int;
  if (!container_index(vm, key, vm->exc.IndexError, &index, &is_int)) {
    if (is_int) return false;
    return vm_raise(vm, vm->exc.TypeError,
                    "string indices must be integers, not '%s'",
                    vm_type_name(vm, key));
  }
  return str_index_cp(vm, s, index, out);
}

static bool str_contains_op(EddyVM *vm, Value v, Value key, bool *out) {
  if (!IS_STR(key))
    return vm_raise(vm, vm->exc.TypeError,
                    "'in <string>' requires string as left operand, not %s",
                    vm_type_name(vm, key));
  ObjStr *s = AS_STR(v), *sub = AS_STR(key);
  *out = sub->length == 0 ||
         memmem(s->chars, s->length, sub->chars, sub->length) != NULL;
  return true;
}

static bool str_truth_op(EddyVM *vm, Value v, bool *out) {
  (void)vm;
  *out = AS_STR(v)->length != 0;
  return true;
}

static const TypeOps str_ops = {
    .repr = str_repr_op,
    .str = str_str_op,
    .hash = str_hash_op,
    .eq = str_eq_op,
    .iter = str_iter_op,
    .len = str_len_op,
    .getitem = str_getitem_op,
    .contains = str_contains_op,
    .truth = str_truth_op,
};

/* ---- the constructor ------------------------------------------------ */

/* Reads the str argument [v] of str() named [name] into [*out] (left as
 * is when [v] is UNDEF). */
static bool text_arg(EddyVM *vm, Value v, const char *name,
                     const char **out) {
  if (IS_UNDEF(v)) return true;
  if (!IS_STR(v))
    return vm_raise(vm, vm->exc.TypeError,
                    "str() argument '%s' must be str, not %s", name,
                    vm_type_name(vm, v));
  *out = AS_STR(v)->chars;
  return true;
}

/* str(object, encoding, errors): decodes the bytes [object]. */
static bool str_decode_arg(EddyVM *vm, Value object, Value encoding,
                           Value errors, Value *out) {
  const char *enc = "utf-8", *err = "strict";
  if (!text_arg(vm, encoding, "encoding", &enc) ||
      !text_arg(vm, errors, "errors", &err))
    return false;
  if (IS_UNDEF(object)) {
    *out = OBJ_VAL(vm->str.empty);
    return true;
  }
  if (IS_STR(object))
    return vm_raise(vm, vm->exc.TypeError, "decoding str is not supported");
  if (!IS_BYTES(object))
    return vm_raise(vm, vm->exc.TypeError,
                    "decoding to str: need a bytes-like object, %s found",
                    vm_type_name(vm, object));
  ObjBytes *b = AS_BYTES(object);
  return codec_decode(vm, b->data, b->length, enc, err, out);
}

/* Gives the str [*result] the subclass [cls] of str by copying it. */
static bool to_subclass(EddyVM *vm, ObjClass *cls, Value *result) {
  if (cls == vm->types.str) return true;
  ObjStr *s = AS_STR(*result);
  gc_push_root(vm, *result);
  ObjStr *copy = str_new(vm, s->chars, s->length);
  gc_pop_roots(vm, 1);
  if (!copy) return false;
  copy->obj.cls = cls;
  *result = OBJ_VAL(copy);
  return true;
}

bool str_construct(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                   Value *result) {
  static const char *const names[] = {"object", "encoding", "errors"};
  ObjClass *cls = AS_CLASS(args[0]); /* read before any script code runs */
  Value a[3];
  if (!native_parse_args(vm, "str", args + 1, nargs - 1, kwnames, names, 3,
                         0, 0, a))
    return false;
  bool ok;
  if (IS_UNDEF(a[1]) && IS_UNDEF(a[2])) {
    if (IS_UNDEF(a[0])) {
      *result = OBJ_VAL(vm->str.empty);
      ok = true;
    } else {
      ok = value_str_obj(vm, a[0], result);
    }
  } else {
    ok = str_decode_arg(vm, a[0], a[1], a[2], result);
  }
  if (!ok) return false;
  if (!IS_STR(*result))
    return vm_raise(vm, vm->exc.TypeError, "__str__ returned non-string "
                    "(type %s)", vm_type_name(vm, *result));
  return to_subclass(vm, cls, result);
}

bool str_install(EddyVM *vm) {
  vm->types.str->ops = &str_ops;
  vm->types.str->construct = str_construct;
  return str_methods_install(vm) && str_case_install(vm) &&
         format_install(vm);
}
