/* str_format.c: str.format and str.format_map. The replacement-field
 * grammar and every error message follow CPython's
 * Objects/stringlib/unicode_format.h:
 *
 *   field        -> '{' [arg_name] ('.' attr | '[' key ']')*
 *                   ['!' conversion] [':' format_spec] '}'
 *   arg_name     -> digits (a positional index) | identifier (a keyword)
 *                 | nothing (the next automatic index)
 *
 * A format_spec may itself contain fields ({:{width}}), expanded first,
 * two levels deep at most. */
#include <stdlib.h>
#include <string.h>

#include "vm/exception.h"
#include "vm/format.h"
#include "vm/gc.h"
#include "vm/obj_str.h"
#include "vm/protocol.h"
#include "vm/unicode.h"

/* Where the values of the fields come from, and the numbering state. */
typedef struct FieldSource {
  Value *args;       /* positional arguments, or NULL (format_map) */
  int nargs;         /* how many */
  Value *kwvalues;   /* keyword argument values (format) */
  ObjTuple *kwnames; /* their names, or NULL */
  Value mapping;     /* format_map's mapping, or UNDEF */
  int numbering;     /* 0 not yet known, 1 automatic, 2 manual */
  int64_t next_auto; /* the next automatic index */
  int roots;         /* temporary roots pushed while rendering */
} FieldSource;

/* One replacement field, as byte ranges of the format string. */
typedef struct Field {
  const char *name;   /* arg_name and the attribute/item chain */
  size_t name_len;    /* its length */
  uint32_t conversion; /* 'r', 's', 'a', or 0 */
  const char *spec;   /* the format spec */
  size_t spec_len;    /* its length */
  bool spec_nested;   /* the spec holds fields to expand first */
} Field;

/* ---- parsing -------------------------------------------------------------- */

/* The part of a field after its name: '!' conversion and ':' spec; [c] is
 * the character that ended the name. */
static bool parse_spec_part(EddyVM *vm, const char *s, size_t len,
                            size_t *pos, char c, Field *f) {
  if (c == '!') {
    if (*pos >= len)
      return vm_raise(vm, vm->exc.ValueError,
                      "end of string while looking for conversion "
                      "specifier");
    *pos += unicode_decode(s + *pos, len - *pos, &f->conversion);
    if (*pos < len) {
      char next = s[(*pos)++];
      if (next == '}') return true;
      if (next != ':')
        return vm_raise(vm, vm->exc.ValueError,
                        "expected ':' after conversion specifier");
    }
  }
  f->spec = s + *pos;
  int depth = 1;
  while (*pos < len) {
    char ch = s[(*pos)++];
    if (ch == '{') {
      f->spec_nested = true;
      depth++;
    } else if (ch == '}' && --depth == 0) {
      f->spec_len = (size_t)(s + *pos - 1 - f->spec);
      return true;
    }
  }
  return vm_raise(vm, vm->exc.ValueError, "unmatched '{' in format spec");
}

/* Parses the field that starts at [*pos] (just after its '{'). */
static bool parse_field(EddyVM *vm, const char *s, size_t len, size_t *pos,
                        Field *f) {
  memset(f, 0, sizeof *f);
  f->name = s + *pos;
  char c = 0;
  bool ended = false;
  while (*pos < len && !ended) {
    c = s[(*pos)++];
    if (c == '{')
      return vm_raise(vm, vm->exc.ValueError, "unexpected '{' in field name");
    if (c == '[') {
      while (*pos < len && s[*pos] != ']') (*pos)++;
    } else {
      ended = c == '}' || c == ':' || c == '!';
    }
  }
  f->name_len = (size_t)(s + *pos - 1 - f->name);
  if (ended && (c == '!' || c == ':'))
    return parse_spec_part(vm, s, len, pos, c, f);
  if (!ended || c != '}')
    return vm_raise(vm, vm->exc.ValueError,
                    "expected '}' before end of string");
  return true;
}

/* ---- evaluating fields ------------------------------------------------------ */

/* The value of [n] bytes of decimal digits at [p] (any Unicode decimal
 * digits), or -1 when they are empty or not all digits. */
static bool field_integer(EddyVM *vm, const char *p, size_t n,
                          int64_t *out) {
  *out = -1;
  if (n == 0) return true;
  int64_t value = 0;
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    i += unicode_decode(p + i, n - i, &cp);
    int digit = unicode_decimal_value(cp);
    if (digit < 0) return true;
    if (value > (INT64_MAX - digit) / 10)
      return vm_raise(vm, vm->exc.ValueError,
                      "Too many decimal digits in format string");
    value = value * 10 + digit;
  }
  *out = value;
  return true;
}

/* Keeps [v] alive until the rendering ends. */
static void keep(EddyVM *vm, FieldSource *src, Value v) {
  gc_push_root(vm, v);
  src->roots++;
}

/* Looks the keyword [key] up among the call's keyword arguments or in
 * the mapping; KeyError when absent. */
static bool lookup_keyword(EddyVM *vm, FieldSource *src, ObjStr *key,
                           Value *out) {
  if (!IS_UNDEF(src->mapping))
    return value_getitem(vm, src->mapping, OBJ_VAL(key), out);
  for (size_t i = 0; src->kwnames && i < src->kwnames->length; i++) {
    if (str_equal(AS_STR(src->kwnames->items[i]), key)) {
      *out = src->kwvalues[i];
      return true;
    }
  }
  return vm_raise_with_arg(vm, vm->exc.KeyError, OBJ_VAL(key));
}

/* Applies the automatic/manual numbering rules to the first part of a
 * field name: [empty] for "{}", [*index] for "{0}". */
static bool number_field(EddyVM *vm, FieldSource *src, bool empty,
                         int64_t *index) {
  if (!empty && *index < 0) return true; /* a keyword */
  if (src->numbering == 0) src->numbering = empty ? 1 : 2;
  if (src->numbering == 2 && empty)
    return vm_raise(vm, vm->exc.ValueError,
                    "cannot switch from manual field specification to "
                    "automatic field numbering");
  if (src->numbering == 1 && !empty)
    return vm_raise(vm, vm->exc.ValueError,
                    "cannot switch from automatic field numbering to "
                    "manual field specification");
  if (empty) *index = src->next_auto++;
  return true;
}

/* The object the first part ([n] bytes at [p]) of a field name names. */
static bool first_object(EddyVM *vm, FieldSource *src, const char *p,
                         size_t n, Value *out) {
  int64_t index;
  if (!field_integer(vm, p, n, &index) ||
      !number_field(vm, src, n == 0, &index))
    return false;
  if (index < 0) {
    ObjStr *key = str_new(vm, p, n);
    if (!key) return false;
    keep(vm, src, OBJ_VAL(key));
    return lookup_keyword(vm, src, key, out);
  }
  if (!src->args)
    return vm_raise(vm, vm->exc.ValueError,
                    "Format string contains positional fields");
  if (index >= src->nargs)
    return vm_raise(vm, vm->exc.IndexError,
                    "Replacement index %lld out of range for positional "
                    "args tuple",
                    (long long)index);
  *out = src->args[index];
  return true;
}

/* Applies one '.attr' or '[key]' step at [*pos] of the name [p] to
 * [*obj]. */
static bool field_step(EddyVM *vm, FieldSource *src, const char *p, size_t n,
                       size_t *pos, Value *obj) {
  char c = p[(*pos)++];
  size_t start = *pos;
  if (c == '.') {
    while (*pos < n && p[*pos] != '.' && p[*pos] != '[') (*pos)++;
  } else if (c == '[') {
    while (*pos < n && p[*pos] != ']') (*pos)++;
    if (*pos >= n)
      return vm_raise(vm, vm->exc.ValueError, "Missing ']' in format string");
    (*pos)++;
  } else {
    return vm_raise(vm, vm->exc.ValueError,
                    "Only '.' or '[' may follow ']' in format field "
                    "specifier");
  }
  size_t len = *pos - start - (c == '[');
  if (len == 0)
    return vm_raise(vm, vm->exc.ValueError, "Empty attribute in format string");
  int64_t index = -1;
  if (c == '[' && !field_integer(vm, p + start, len, &index)) return false;
  if (index >= 0) return value_getitem(vm, *obj, INT_VAL(index), obj);
  ObjStr *name = str_new(vm, p + start, len);
  if (!name) return false;
  keep(vm, src, OBJ_VAL(name));
  return c == '.' ? value_getattr(vm, *obj, name, obj)
                  : value_getitem(vm, *obj, OBJ_VAL(name), obj);
}

/* The object the field name [f] designates. */
static bool field_object(EddyVM *vm, FieldSource *src, const Field *f,
                         Value *out) {
  size_t first = 0;
  while (first < f->name_len && f->name[first] != '.' &&
         f->name[first] != '[')
    first++;
  if (!first_object(vm, src, f->name, first, out)) return false;
  keep(vm, src, *out);
  for (size_t pos = first; pos < f->name_len;) {
    if (!field_step(vm, src, f->name, f->name_len, &pos, out)) return false;
    keep(vm, src, *out);
  }
  return true;
}

/* ---- rendering ------------------------------------------------------------ */

static bool render(EddyVM *vm, FieldSource *src, const char *s, size_t len,
                   int depth, ByteBuf *out);

/* Applies the conversion of [f] to [*obj]. */
static bool convert(EddyVM *vm, FieldSource *src, const Field *f,
                    Value *obj) {
  if (f->conversion == 0) return true;
  ByteBuf buf;
  buf_init(&buf);
  bool ok;
  switch (f->conversion) {
  case 'r': ok = value_repr(vm, *obj, &buf); break;
  case 's': ok = value_str(vm, *obj, &buf); break;
  case 'a': ok = format_ascii(vm, *obj, &buf); break;
  default:
    buf_free(&buf);
    if (f->conversion > 32 && f->conversion < 127)
      return vm_raise(vm, vm->exc.ValueError,
                      "Unknown conversion specifier %c",
                      (char)f->conversion);
    return vm_raise(vm, vm->exc.ValueError,
                    "Unknown conversion specifier \\x%x",
                    (unsigned)f->conversion);
  }
  ok = ok && str_value_from_buf(vm, &buf, obj);
  buf_free(&buf);
  if (ok) keep(vm, src, *obj);
  return ok;
}

/* Appends the value of the field [f]. */
static bool render_field(EddyVM *vm, FieldSource *src, const Field *f,
                         int depth, ByteBuf *out) {
  Value obj;
  if (!field_object(vm, src, f, &obj) || !convert(vm, src, f, &obj))
    return false;
  if (!f->spec_nested)
    return format_value_into(vm, obj, f->spec, f->spec_len, out);
  ByteBuf spec;
  buf_init(&spec);
  bool ok = render(vm, src, f->spec, f->spec_len, depth - 1, &spec) &&
            format_value_into(vm, obj, spec.data ? spec.data : "", spec.len,
                              out);
  buf_free(&spec);
  return ok;
}

/* Reads the literal text from [*pos] up to the next field, appending it
 * with {{ and }} unescaped; [*field] says whether a field follows. */
static bool literal(EddyVM *vm, const char *s, size_t len, size_t *pos,
                    bool *field, ByteBuf *out) {
  size_t start = *pos;
  char c = 0;
  *field = false;
  while (*pos < len) {
    c = s[(*pos)++];
    if (c == '{' || c == '}') {
      *field = true;
      break;
    }
  }
  bool at_end = *pos >= len;
  size_t n = *pos - start;
  if (*field && c == '}' && (at_end || s[*pos] != '}'))
    return vm_raise(vm, vm->exc.ValueError,
                    "Single '}' encountered in format string");
  if (*field && c == '{' && at_end)
    return vm_raise(vm, vm->exc.ValueError,
                    "Single '{' encountered in format string");
  if (*field) {
    if (s[*pos] == c) { /* {{ or }}: one brace of literal text */
      (*pos)++;
      *field = false;
    } else {
      n--;
    }
  }
  if (!buf_append(out, s + start, n)) return vm_raise_memory(vm);
  return true;
}

/* Appends the format string [s] with its fields replaced; [depth] counts
 * the levels of nested specs still allowed. */
static bool render(EddyVM *vm, FieldSource *src, const char *s, size_t len,
                   int depth, ByteBuf *out) {
  if (depth <= 0)
    return vm_raise(vm, vm->exc.ValueError, "Max string recursion exceeded");
  size_t pos = 0;
  while (pos < len) {
    bool has_field;
    Field f;
    if (!literal(vm, s, len, &pos, &has_field, out)) return false;
    if (!has_field) continue;
    if (!parse_field(vm, s, len, &pos, &f) ||
        !render_field(vm, src, &f, depth, out))
      return false;
  }
  return true;
}

/* Renders [fmt] from [src] into a new str in [*result]. */
static bool render_str(EddyVM *vm, ObjStr *fmt, FieldSource *src,
                       Value *result) {
  ByteBuf buf;
  buf_init(&buf);
  bool ok = render(vm, src, fmt->chars, fmt->length, 2, &buf);
  gc_pop_roots(vm, src->roots);
  ok = ok && str_value_from_buf(vm, &buf, result);
  buf_free(&buf);
  return ok;
}

bool format_str(EddyVM *vm, ObjStr *fmt, Value *args, int nargs,
                ObjTuple *kwnames, Value *result) {
  /* The arguments are copied: a field's __format__ or __repr__ may run
   * script code that moves the task's stack, where [args] point. They
   * stay alive there. */
  size_t nkw = kwnames ? kwnames->length : 0;
  size_t total = (size_t)nargs + nkw;
  Value *copy = malloc((total ? total : 1) * sizeof(Value));
  if (!copy) return vm_raise_memory(vm);
  memcpy(copy, args, total * sizeof(Value));
  FieldSource src = {copy, nargs, copy + nargs, kwnames, UNDEF_VAL, 0, 0, 0};
  bool ok = render_str(vm, fmt, &src, result);
  free(copy);
  return ok;
}

bool str_format_method(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  if (nargs < 1 || !IS_STR(args[0]))
    return vm_raise(vm, vm->exc.TypeError,
                    "descriptor 'format' for 'str' objects doesn't apply to "
                    "a '%s' object",
                    nargs < 1 ? "NoneType" : vm_type_name(vm, args[0]));
  return format_str(vm, AS_STR(args[0]), args + 1, nargs - 1, kwnames,
                    result);
}

bool str_format_map_method(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  static const TextMethod m = {"format_map", "str", OBJ_STR, ARGS_ONE, 1, 1};
  if (!str_method_check(vm, &m, args, nargs, kwnames)) return false;
  FieldSource src = {NULL, 0, NULL, NULL, args[1], 0, 0, 0};
  return render_str(vm, AS_STR(args[0]), &src, result);
}
