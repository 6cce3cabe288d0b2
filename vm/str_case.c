/* str_case.c: the str methods that map case (upper, lower, title, ...),
 * test characters (isdigit, istitle, ...), pad (center, zfill, ...) and
 * encode. Case mapping is Unicode's full mapping, as CPython does it
 * (German sharp s uppercases to "SS"), including the one context rule
 * CPython applies: capital sigma lowercases to final sigma at the end of
 * a word. */
#include "vm/obj_str.h"

#include <string.h>

#include "vm/codec.h"
#include "vm/container.h"
#include "vm/native.h"
#include "vm/unicode.h"

/* Declares the TextMethod rules of the str method [id]. */
#define STR_METHOD(id, name, style, min, max)                                  \
  static const TextMethod id = {name, "str", OBJ_STR, style, min, max}

/* ---- case mapping --------------------------------------------------------- */

/* The code points of a str, decoded once so the mappings can look at a
 * character's neighbours. */
typedef struct CodePoints {
  uint32_t *cps; /* the code points, malloc'd */
  size_t n;      /* how many */
} CodePoints;

/* Decodes [s] into [cp]; false when memory runs out. */
static bool decode_all(ObjStr *s, CodePoints *cp) {
  cp->n = s->cp_len;
  cp->cps = malloc((s->cp_len + 1) * sizeof(uint32_t));
  if (!cp->cps) return false;
  size_t off = 0;
  for (size_t i = 0; i < s->cp_len; i++)
    off += unicode_decode(s->chars + off, s->length - off, &cp->cps[i]);
  return true;
}

/* What capital sigma at [i] lowercases to: final sigma when a cased
 * letter precedes it and none follows, skipping case-ignorable ones
 * (CPython's handle_capital_sigma). */
static uint32_t lower_sigma(const CodePoints *cp, size_t i) {
  size_t j = i;
  while (j > 0 && unicode_is_case_ignorable(cp->cps[j - 1])) j--;
  if (j == 0 || !unicode_is_cased(cp->cps[j - 1])) return 0x3C3;
  j = i + 1;
  while (j < cp->n && unicode_is_case_ignorable(cp->cps[j])) j++;
  return (j == cp->n || !unicode_is_cased(cp->cps[j])) ? 0x3C2 : 0x3C3;
}

/* The full lowercase of the character [i] of [cp] into [out]. */
static int lower_at(const CodePoints *cp, size_t i,
                    uint32_t out[UNICODE_MAX_CASE]) {
  if (cp->cps[i] == 0x3A3) {
    out[0] = lower_sigma(cp, i);
    return 1;
  }
  return unicode_tolower_full(cp->cps[i], out);
}

/* The case operations of this file. */
typedef enum {
  CASE_UPPER,
  CASE_LOWER,
  CASE_CASEFOLD,
  CASE_SWAPCASE,
  CASE_CAPITALIZE,
  CASE_TITLE,
} CaseOp;

/* Maps the character [i] of [cp] for [op] into [out]; [*prev_cased]
 * carries title()'s state from one character to the next. */
static int map_at(CaseOp op, const CodePoints *cp, size_t i, bool *prev_cased,
                  uint32_t out[UNICODE_MAX_CASE]) {
  uint32_t c = cp->cps[i];
  switch (op) {
  case CASE_UPPER: return unicode_toupper_full(c, out);
  case CASE_LOWER: return lower_at(cp, i, out);
  case CASE_CASEFOLD: return unicode_casefold_full(c, out);
  case CASE_SWAPCASE:
    if (unicode_isupper(c)) return lower_at(cp, i, out);
    if (unicode_islower(c)) return unicode_toupper_full(c, out);
    out[0] = c;
    return 1;
  case CASE_CAPITALIZE:
    return i == 0 ? unicode_totitle_full(c, out) : lower_at(cp, i, out);
  case CASE_TITLE: {
    int n = *prev_cased ? lower_at(cp, i, out) : unicode_totitle_full(c, out);
    *prev_cased = unicode_is_cased(c);
    return n;
  }
  }
  return 0;
}

/* Maps an ASCII [s] for [op] byte by byte into the new [r]. */
static void map_ascii(CaseOp op, const ObjStr *s, ObjStr *r) {
  bool prev_cased = false;
  for (size_t i = 0; i < s->length; i++) {
    char c = s->chars[i];
    bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
    bool to_upper = false, to_lower = false;
    switch (op) {
    case CASE_UPPER: to_upper = low; break;
    case CASE_LOWER:
    case CASE_CASEFOLD: to_lower = up; break;
    case CASE_SWAPCASE: to_upper = low, to_lower = up; break;
    case CASE_CAPITALIZE: to_upper = i == 0 && low, to_lower = i > 0 && up;
      break;
    case CASE_TITLE:
      to_upper = !prev_cased && low, to_lower = prev_cased && up;
      prev_cased = up || low;
      break;
    }
    r->chars[i] = to_upper ? (char)(c - 32) : to_lower ? (char)(c + 32) : c;
  }
}

/* [*result] = [s] mapped for [op]. */
static bool case_map(EddyVM *vm, ObjStr *s, CaseOp op, Value *result) {
  if (str_is_ascii(s)) {
    ObjStr *r = str_alloc(vm, s->length);
    if (!r) return false;
    map_ascii(op, s, r);
    *result = OBJ_VAL(r);
    return true;
  }
  CodePoints cp;
  if (!decode_all(s, &cp)) return vm_raise_memory(vm);
  ByteBuf buf;
  buf_init(&buf);
  bool ok = true, prev_cased = false;
  for (size_t i = 0; ok && i < cp.n; i++) {
    uint32_t out[UNICODE_MAX_CASE];
    int n = map_at(op, &cp, i, &prev_cased, out);
    for (int k = 0; ok && k < n; k++) {
      char text[UNICODE_MAX_UTF8];
      ok = buf_append(&buf, text, unicode_encode(out[k], text));
    }
  }
  free(cp.cps);
  ok = ok ? str_value_from_buf(vm, &buf, result) : vm_raise_memory(vm);
  buf_free(&buf);
  return ok;
}

STR_METHOD(M_upper, "upper", ARGS_NONE, 0, 0);
STR_METHOD(M_lower, "lower", ARGS_NONE, 0, 0);
STR_METHOD(M_casefold, "casefold", ARGS_NONE, 0, 0);
STR_METHOD(M_swapcase, "swapcase", ARGS_NONE, 0, 0);
STR_METHOD(M_capitalize, "capitalize", ARGS_NONE, 0, 0);
STR_METHOD(M_title, "title", ARGS_NONE, 0, 0);

/* Defines the native str_[fn] applying the case operation [op]. */
#define CASE_METHOD(fn, op)                                                    \
  static bool str_##fn(EddyVM *vm, Value *args, int nargs,                     \
                       ObjTuple *kwnames, Value *result) {                     \
    if (!str_method_check(vm, &M_##fn, args, nargs, kwnames)) return false;    \
    return case_map(vm, AS_STR(args[0]), op, result);                          \
  }

CASE_METHOD(upper, CASE_UPPER)
CASE_METHOD(lower, CASE_LOWER)
CASE_METHOD(casefold, CASE_CASEFOLD)
CASE_METHOD(swapcase, CASE_SWAPCASE)
CASE_METHOD(capitalize, CASE_CAPITALIZE)
CASE_METHOD(title, CASE_TITLE)

/* ---- predicates ----------------------------------------------------------- */

/* True for an alphanumeric character, as str.isalnum tests each one. */
static bool is_alnum(uint32_t cp) {
  return unicode_isalpha(cp) || unicode_isdecimal(cp) ||
         unicode_isdigit(cp) || unicode_isnumeric(cp);
}

/* True when [s] is not empty and [pred] holds for each character. */
static bool all_chars(const ObjStr *s, bool (*pred)(uint32_t)) {
  if (s->length == 0) return false;
  uint32_t cp;
  for (size_t i = 0; i < s->length;) {
    i += unicode_decode(s->chars + i, s->length - i, &cp);
    if (!pred(cp)) return false;
  }
  return true;
}

/* str.isupper ([upper]) or str.islower: some cased characters, none of
 * the other case or titlecase. */
static bool is_cased_as(const ObjStr *s, bool upper) {
  bool cased = false;
  uint32_t cp;
  for (size_t i = 0; i < s->length;) {
    i += unicode_decode(s->chars + i, s->length - i, &cp);
    bool same = upper ? unicode_isupper(cp) : unicode_islower(cp);
    bool other = upper ? unicode_islower(cp) : unicode_isupper(cp);
    if (other || unicode_istitle(cp)) return false;
    cased = cased || same;
  }
  return cased;
}

/* str.istitle: uppercase characters only after uncased ones, lowercase
 * only after cased ones, and at least one cased character. */
static bool is_title(const ObjStr *s) {
  bool cased = false, prev_cased = false;
  uint32_t cp;
  for (size_t i = 0; i < s->length;) {
    i += unicode_decode(s->chars + i, s->length - i, &cp);
    if (unicode_isupper(cp) || unicode_istitle(cp)) {
      if (prev_cased) return false;
      prev_cased = cased = true;
    } else if (unicode_islower(cp)) {
      if (!prev_cased) return false;
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return cased;
}

/* str.isidentifier. */
static bool is_identifier(const ObjStr *s) {
  if (s->length == 0) return false;
  uint32_t cp;
  size_t i = unicode_decode(s->chars, s->length, &cp);
  if (!unicode_is_id_start(cp)) return false;
  while (i < s->length) {
    i += unicode_decode(s->chars + i, s->length - i, &cp);
    if (!unicode_is_id_continue(cp)) return false;
  }
  return true;
}

/* The predicate methods. */
typedef enum {
  IS_ALNUM_P,
  IS_ALPHA_P,
  IS_ASCII_P,
  IS_DECIMAL_P,
  IS_DIGIT_P,
  IS_IDENTIFIER_P,
  IS_LOWER_P,
  IS_NUMERIC_P,
  IS_PRINTABLE_P,
  IS_SPACE_P,
  IS_TITLE_P,
  IS_UPPER_P,
} Predicate;

/* Evaluates the predicate [p] on [s]. */
static bool test_predicate(const ObjStr *s, Predicate p) {
  switch (p) {
  case IS_ALNUM_P: return all_chars(s, is_alnum);
  case IS_ALPHA_P: return all_chars(s, unicode_isalpha);
  case IS_ASCII_P: return str_is_ascii(s);
  case IS_DECIMAL_P: return all_chars(s, unicode_isdecimal);
  case IS_DIGIT_P: return all_chars(s, unicode_isdigit);
  case IS_IDENTIFIER_P: return is_identifier(s);
  case IS_LOWER_P: return is_cased_as(s, false);
  case IS_NUMERIC_P: return all_chars(s, unicode_isnumeric);
  case IS_PRINTABLE_P:
    return s->length == 0 || all_chars(s, unicode_isprintable);
  case IS_SPACE_P: return all_chars(s, unicode_isspace);
  case IS_TITLE_P: return is_title(s);
  case IS_UPPER_P: return is_cased_as(s, true);
  }
  return false;
}

/* Defines the native str_[fn] answering the predicate [p]. */
#define PREDICATE_METHOD(fn, p)                                                \
  STR_METHOD(M_##fn, #fn, ARGS_NONE, 0, 0);                                    \
  static bool str_##fn(EddyVM *vm, Value *args, int nargs,                     \
                       ObjTuple *kwnames, Value *result) {                     \
    if (!str_method_check(vm, &M_##fn, args, nargs, kwnames)) return false;    \
    *result = BOOL_VAL(test_predicate(AS_STR(args[0]), p));                    \
    return true;                                                               \
  }

PREDICATE_METHOD(isalnum, IS_ALNUM_P)
PREDICATE_METHOD(isalpha, IS_ALPHA_P)
PREDICATE_METHOD(isascii, IS_ASCII_P)
PREDICATE_METHOD(isdecimal, IS_DECIMAL_P)
PREDICATE_METHOD(isdigit, IS_DIGIT_P)
PREDICATE_METHOD(isidentifier, IS_IDENTIFIER_P)
PREDICATE_METHOD(islower, IS_LOWER_P)
PREDICATE_METHOD(isnumeric, IS_NUMERIC_P)
PREDICATE_METHOD(isprintable, IS_PRINTABLE_P)
PREDICATE_METHOD(isspace, IS_SPACE_P)
PREDICATE_METHOD(istitle, IS_TITLE_P)
PREDICATE_METHOD(isupper, IS_UPPER_P)

/* ---- padding -------------------------------------------------------------- */

/* [*result] = [s] with [left] and [right] copies of the character whose
 * UTF-8 is the [fn] bytes at [fill] around it. */
static bool pad(EddyVM *vm, ObjStr *s, int64_t left, int64_t right,
                const char *fill, size_t fn, Value *result) {
  if (left <= 0 && right <= 0) {
    *result = OBJ_VAL(s);
    return true;
  }
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  ObjStr *r = str_alloc(vm, s->length + fn * (size_t)(left + right));
  if (!r) return false;
  char *p = r->chars;
  for (int64_t i = 0; i < left; i++, p += fn) memcpy(p, fill, fn);
  memcpy(p, s->chars, s->length);
  p += s->length;
  for (int64_t i = 0; i < right; i++, p += fn) memcpy(p, fill, fn);
  r->cp_len = s->cp_len + (size_t)(left + right);
  *result = OBJ_VAL(r);
  return true;
}

STR_METHOD(M_center, "center", ARGS_POS, 1, 2);
STR_METHOD(M_ljust, "ljust", ARGS_POS, 1, 2);
STR_METHOD(M_rjust, "rjust", ARGS_POS, 1, 2);
STR_METHOD(M_zfill, "zfill", ARGS_ONE, 1, 1);

/* Shared body of center, ljust and rjust: [where] is '^', '<' or '>'. */
static bool justify(EddyVM *vm, const TextMethod *m, char where, Value *args,
                    int nargs, ObjTuple *kwnames, Value *result) {
  if (!str_method_check(vm, m, args, nargs, kwnames)) return false;
  ObjStr *s = AS_STR(args[0]);
  int64_t width;
  if (!container_int_arg(vm, args[1], &width)) return false;
  const char *fill = " ";
  size_t fn = 1;
  if (nargs > 2) {
    if (!IS_STR(args[2]))
      return vm_raise(vm, vm->exc.TypeError,
                      "The fill character must be a unicode character, not "
                      "%s",
                      vm_type_name(vm, args[2]));
    if (AS_STR(args[2])->cp_len != 1)
      return vm_raise(vm, vm->exc.TypeError,
                      "The fill character must be exactly one character "
                      "long");
    fill = AS_STR(args[2])->chars;
    fn = AS_STR(args[2])->length;
  }
  int64_t marg = width - (int64_t)s->cp_len;
  if (marg <= 0) return pad(vm, s, 0, 0, fill, fn, result);
  int64_t left = where == '>' ? marg : where == '<' ? 0
                                                    : marg / 2 +
                                                          (marg & width & 1);
  return pad(vm, s, left, marg - left, fill, fn, result);
}

static bool str_center(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  return justify(vm, &M_center, '^', args, nargs, kwnames, result);
}

static bool str_ljust(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  return justify(vm, &M_ljust, '<', args, nargs, kwnames, result);
}

static bool str_rjust(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  return justify(vm, &M_rjust, '>', args, nargs, kwnames, result);
}

static bool str_zfill(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  if (!str_method_check(vm, &M_zfill, args, nargs, kwnames)) return false;
  ObjStr *s = AS_STR(args[0]);
  int64_t width;
  if (!container_int_arg(vm, args[1], &width)) return false;
  int64_t fill = width - (int64_t)s->cp_len;
  if (!pad(vm, s, fill, 0, "0", 1, result)) return false;
  ObjStr *r = AS_STR(*result);
  if (fill > 0 && (r->chars[fill] == '+' || r->chars[fill] == '-')) {
    r->chars[0] = r->chars[fill]; /* r is new: the sign moves to the front */
    r->chars[fill] = '0';
  }
  return true;
}

/* ---- encode --------------------------------------------------------------- */

STR_METHOD(M_encode, "encode", ARGS_KW, 0, 2);

static bool str_encode_method(EddyVM *vm, Value *args, int nargs,
                              ObjTuple *kwnames, Value *result) {
  static const char *const names[] = {"encoding", "errors"};
  if (!str_method_check(vm, &M_encode, args, nargs, kwnames)) return false;
  Value a[2];
  if (!native_parse_args(vm, "encode", args + 1, nargs - 1, kwnames, names,
                         2, 0, 0, a))
    return false;
  const char *text[2] = {"utf-8", "strict"};
  for (int i = 0; i < 2; i++) {
    if (IS_UNDEF(a[i])) continue;
    if (!IS_STR(a[i]))
      return vm_raise(vm, vm->exc.TypeError,
                      "encode() argument '%s' must be str, not %s", names[i],
                      vm_type_name(vm, a[i]));
    text[i] = AS_STR(a[i])->chars;
  }
  return codec_encode(vm, AS_STR(args[0]), text[0], text[1], result);
}

/* ---- installation ------------------------------------------------------- */

/* One method of the table installed below. */
typedef struct MethodDef {
  const char *name; /* the attribute name */
  NativeFn fn;      /* its implementation */
} MethodDef;

static const MethodDef methods[] = {
    {"upper", str_upper},
    {"lower", str_lower},
    {"casefold", str_casefold},
    {"swapcase", str_swapcase},
    {"capitalize", str_capitalize},
    {"title", str_title},
    {"isalnum", str_isalnum},
    {"isalpha", str_isalpha},
    {"isascii", str_isascii},
    {"isdecimal", str_isdecimal},
    {"isdigit", str_isdigit},
    {"isidentifier", str_isidentifier},
    {"islower", str_islower},
    {"isnumeric", str_isnumeric},
    {"isprintable", str_isprintable},
    {"isspace", str_isspace},
    {"istitle", str_istitle},
    {"isupper", str_isupper},
    {"center", str_center},
    {"ljust", str_ljust},
    {"rjust", str_rjust},
    {"zfill", str_zfill},
    {"encode", str_encode_method},
};

bool str_case_install(EddyVM *vm) {
  for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
    if (!native_method(vm, vm->types.str, methods[i].name, methods[i].fn))
      return false;
  return true;
}
