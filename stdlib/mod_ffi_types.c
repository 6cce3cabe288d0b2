/* mod_ffi_types.c: C type names and conversions between Eddy values and
 * C memory (see mod_ffi.h).
 *
 * The C names (char, short, int, long, longlong, size_t, ...) map onto
 * the fixed-width kinds by their size on this platform, so one set of
 * range checks serves all of them. Integers are checked against the exact
 * range of the target type (OverflowError), floats refuse non-numbers
 * (TypeError), a str passed as "string" must not hold a NUL (ValueError).
 */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>
#include <sys/types.h>

#include "stdlib/mod_ffi.h"
#include "vm/codec.h"
#include "vm/number.h"
#include "vm/obj_int.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"

/* The signed and unsigned kinds of an integer of [n] bytes. */
#define SKIND(n) ((n) == 1 ? FFI_K_INT8 : (n) == 2 ? FFI_K_INT16 : (n) == 4 ? FFI_K_INT32 : FFI_K_INT64)
#define UKIND(n) ((n) == 1 ? FFI_K_UINT8 : (n) == 2 ? FFI_K_UINT16 : (n) == 4 ? FFI_K_UINT32 : FFI_K_UINT64)

/* One type name scripts may use. */
typedef struct TypeName {
  const char *name; /* as written in a signature */
  FfiKind kind;     /* what it is on this platform */
} TypeName;

static const TypeName type_names[] = {
    {"void", FFI_K_VOID},
    {"bool", FFI_K_BOOL},
    {"int8", FFI_K_INT8},
    {"uint8", FFI_K_UINT8},
    {"int16", FFI_K_INT16},
    {"uint16", FFI_K_UINT16},
    {"int32", FFI_K_INT32},
    {"uint32", FFI_K_UINT32},
    {"int64", FFI_K_INT64},
    {"uint64", FFI_K_UINT64},
    {"char", CHAR_MIN < 0 ? FFI_K_INT8 : FFI_K_UINT8},
    {"schar", FFI_K_INT8},
    {"uchar", FFI_K_UINT8},
    {"short", SKIND(sizeof(short))},
    {"ushort", UKIND(sizeof(short))},
    {"int", SKIND(sizeof(int))},
    {"uint", UKIND(sizeof(int))},
    {"long", SKIND(sizeof(long))},
    {"ulong", UKIND(sizeof(long))},
    {"longlong", SKIND(sizeof(long long))},
    {"ulonglong", UKIND(sizeof(long long))},
    {"size_t", UKIND(sizeof(size_t))},
    {"ssize_t", SKIND(sizeof(ssize_t))},
    {"float", FFI_K_FLOAT},
    {"double", FFI_K_DOUBLE},
    {"pointer", FFI_K_POINTER},
    {"string", FFI_K_STRING},
};

/* What each scalar kind is in C (indexed by FfiKind). */
typedef struct KindInfo {
  const char *name; /* canonical name */
  ffi_type *ft;     /* libffi type */
  size_t size;      /* sizeof */
  size_t align;     /* alignof */
} KindInfo;

static const KindInfo kind_info[] = {
    [FFI_K_VOID] = {"void", &ffi_type_void, 0, 1},
    [FFI_K_BOOL] = {"bool", &ffi_type_uint8, 1, 1},
    [FFI_K_INT8] = {"int8", &ffi_type_sint8, 1, 1},
    [FFI_K_UINT8] = {"uint8", &ffi_type_uint8, 1, 1},
    [FFI_K_INT16] = {"int16", &ffi_type_sint16, 2, _Alignof(int16_t)},
    [FFI_K_UINT16] = {"uint16", &ffi_type_uint16, 2, _Alignof(uint16_t)},
    [FFI_K_INT32] = {"int32", &ffi_type_sint32, 4, _Alignof(int32_t)},
    [FFI_K_UINT32] = {"uint32", &ffi_type_uint32, 4, _Alignof(uint32_t)},
    [FFI_K_INT64] = {"int64", &ffi_type_sint64, 8, _Alignof(int64_t)},
    [FFI_K_UINT64] = {"uint64", &ffi_type_uint64, 8, _Alignof(uint64_t)},
    [FFI_K_FLOAT] = {"float", &ffi_type_float, sizeof(float), _Alignof(float)},
    [FFI_K_DOUBLE] = {"double", &ffi_type_double, sizeof(double),
                      _Alignof(double)},
    [FFI_K_POINTER] = {"pointer", &ffi_type_pointer, sizeof(void *),
                       _Alignof(void *)},
    [FFI_K_STRING] = {"string", &ffi_type_pointer, sizeof(char *),
                      _Alignof(char *)},
};

/* Fills [out] for the scalar kind [kind] named [name]. */
static void scalar_type(FfiKind kind, const char *name, FfiType *out) {
  out->kind = kind;
  out->ft = kind_info[kind].ft;
  out->size = kind_info[kind].size;
  out->align = kind_info[kind].align;
  out->layout = NULL;
  out->name = name;
}

bool ffi_type_resolve(EddyVM *vm, Value spec, bool void_ok, FfiType *out) {
  if (IS_STR(spec)) {
    for (size_t i = 0; i < sizeof type_names / sizeof *type_names; i++) {
      if (!str_equal_cstr(AS_STR(spec), type_names[i].name)) continue;
      if (type_names[i].kind == FFI_K_VOID && !void_ok)
        return vm_raise(vm, vm->exc.TypeError,
                        "'void' is only valid as a return type");
      scalar_type(type_names[i].kind, type_names[i].name, out);
      return true;
    }
    return vm_raise(vm, vm->exc.ValueError, "unknown C type '%s'",
                    AS_STR(spec)->chars);
  }
  FfiLayout *layout = ffi_struct_layout(vm, spec);
  if (!layout)
    return vm_raise(vm, vm->exc.TypeError,
                    "a C type must be a type name (str) or a struct class, "
                    "not %s",
                    vm_type_name(vm, spec));
  out->kind = FFI_K_STRUCT;
  out->ft = &layout->ft;
  out->size = layout->size;
  out->align = layout->align;
  out->layout = layout;
  out->name = AS_CLASS(spec)->name->chars;
  return true;
}

/* ---- integers ------------------------------------------------------------ */

static bool is_signed(FfiKind k) {
  return k == FFI_K_INT8 || k == FFI_K_INT16 || k == FFI_K_INT32 ||
         k == FFI_K_INT64;
}

/* Raises the OverflowError of a value outside [t]'s range. */
static bool out_of_range(EddyVM *vm, const FfiType *t, const char *what) {
  size_t bits = t->size * 8;
  if (is_signed(t->kind))
    return vm_raise(vm, vm->exc.OverflowError,
                    "%s: int out of range for %s (-2**%zu to 2**%zu-1)", what,
                    t->name, bits - 1, bits - 1);
  return vm_raise(vm, vm->exc.OverflowError,
                  "%s: int out of range for %s (0 to 2**%zu-1)", what, t->name,
                  bits);
}

/* [*bits] = the int [v] as the integer type [t] (two's complement),
 * after checking that it fits. */
static bool int_bits(EddyVM *vm, const FfiType *t, Value v, uint64_t *bits,
                     const char *what) {
  if (!IS_ANY_INT(v))
    return vm_raise(vm, vm->exc.TypeError, "%s must be int (%s), not %s",
                    what, t->name, vm_type_name(vm, v));
  size_t nbits = t->size * 8;
  if (IS_BIGINT(v)) {
    mpz_srcptr z = AS_BIGINT(v)->value;
    if (t->kind != FFI_K_UINT64 || mpz_sgn(z) < 0 || mpz_sizeinbase(z, 2) > 64)
      return out_of_range(vm, t, what);
    *bits = (uint64_t)mpz_getlimbn(z, 0);
    if (sizeof(mp_limb_t) < 8 && mpz_size(z) > 1)
      *bits |= (uint64_t)mpz_getlimbn(z, 1) << 32;
    return true;
  }
  int64_t x = IS_BOOL(v) ? (int64_t)AS_BOOL(v) : AS_INT(v);
  if (is_signed(t->kind)) {
    if (nbits < 64) {
      int64_t lim = (int64_t)1 << (nbits - 1);
      if (x < -lim || x >= lim) return out_of_range(vm, t, what);
    }
  } else if (x < 0 || (nbits < 64 && (uint64_t)x >> nbits)) {
    return out_of_range(vm, t, what);
  }
  *bits = (uint64_t)x;
  return true;
}

/* Stores the low [size] bytes of [bits] at [mem]. */
static void store_int(void *mem, size_t size, uint64_t bits) {
  uint8_t u8 = (uint8_t)bits;
  uint16_t u16 = (uint16_t)bits;
  uint32_t u32 = (uint32_t)bits;
  switch (size) {
  case 1: memcpy(mem, &u8, 1); break;
  case 2: memcpy(mem, &u16, 2); break;
  case 4: memcpy(mem, &u32, 4); break;
  default: memcpy(mem, &bits, 8); break;
  }
}

/* ---- Eddy to C ----------------------------------------------------------- */

/* A float or double argument: an int or a float. */
static bool to_floating(EddyVM *vm, const FfiType *t, Value v, void *mem,
                        const char *what) {
  double d;
  if (!IS_FLOAT(v) && !IS_ANY_INT(v))
    return vm_raise(vm, vm->exc.TypeError, "%s must be float (%s), not %s",
                    what, t->name, vm_type_name(vm, v));
  if (!number_to_double(vm, v, &d)) return false;
  if (t->kind == FFI_K_DOUBLE) {
    memcpy(mem, &d, sizeof d);
    return true;
  }
  if (isfinite(d) && fabs(d) > FLT_MAX)
    return vm_raise(vm, vm->exc.OverflowError, "%s: %g out of range for float",
                    what, d);
  float f = (float)d;
  memcpy(mem, &f, sizeof f);
  return true;
}

/* A char* argument: a str (UTF-8, no NUL inside), bytes or None. */
static bool to_string(EddyVM *vm, Value v, void *mem, const char *what) {
  const char *p = NULL;
  size_t len = 0;
  if (IS_STR(v)) {
    p = AS_STR(v)->chars;
    len = AS_STR(v)->length;
  } else if (IS_BYTES(v)) {
    p = AS_BYTES(v)->data;
    len = AS_BYTES(v)->length;
  } else if (!IS_NONE(v)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "%s must be str, bytes or None (string), not %s", what,
                    vm_type_name(vm, v));
  }
  if (p && memchr(p, 0, len))
    return vm_raise(vm, vm->exc.ValueError, "%s: embedded null character",
                    what);
  memcpy(mem, &p, sizeof p);
  return true;
}

/* A struct by value: an instance of the struct class itself. */
static bool to_struct(EddyVM *vm, const FfiType *t, Value v, void *mem,
                      const char *what) {
  if (!IS_OBJ(v) || AS_OBJ(v)->cls != AS_CLASS(t->layout->cls) ||
      !ffi_is_buffer(vm, v))
    return vm_raise(vm, vm->exc.TypeError, "%s must be %s, not %s", what,
                    t->name, vm_type_name(vm, v));
  memcpy(mem, ((FfiBuffer *)AS_OBJ(v))->data, t->size);
  return true;
}

bool ffi_to_c(EddyVM *vm, const FfiType *t, Value v, void *mem,
              const char *what) {
  uint64_t bits = 0;
  void *addr;
  switch (t->kind) {
  case FFI_K_VOID: return true;
  case FFI_K_BOOL:
    if (!IS_ANY_INT(v))
      return vm_raise(vm, vm->exc.TypeError, "%s must be bool, not %s", what,
                      vm_type_name(vm, v));
    *(uint8_t *)mem = IS_BIGINT(v) || (IS_BOOL(v) ? AS_BOOL(v) : AS_INT(v) != 0);
    return true;
  case FFI_K_FLOAT:
  case FFI_K_DOUBLE: return to_floating(vm, t, v, mem, what);
  case FFI_K_POINTER:
    if (!ffi_address_of(vm, v, &addr, what)) return false;
    memcpy(mem, &addr, sizeof addr);
    return true;
  case FFI_K_STRING: return to_string(vm, v, mem, what);
  case FFI_K_STRUCT: return to_struct(vm, t, v, mem, what);
  default:
    if (!int_bits(vm, t, v, &bits, what)) return false;
    store_int(mem, t->size, bits);
    return true;
  }
}

/* ---- C to Eddy ----------------------------------------------------------- */

/* The integer of kind [t] at [mem] as an int. */
static bool from_int(EddyVM *vm, const FfiType *t, const void *mem,
                     Value *out) {
  int64_t s = 0;
  uint64_t u = 0;
  switch (t->kind) {
  case FFI_K_INT8: { int8_t x; memcpy(&x, mem, 1); s = x; break; }
  case FFI_K_UINT8: { uint8_t x; memcpy(&x, mem, 1); s = x; break; }
  case FFI_K_INT16: { int16_t x; memcpy(&x, mem, 2); s = x; break; }
  case FFI_K_UINT16: { uint16_t x; memcpy(&x, mem, 2); s = x; break; }
  case FFI_K_INT32: { int32_t x; memcpy(&x, mem, 4); s = x; break; }
  case FFI_K_UINT32: { uint32_t x; memcpy(&x, mem, 4); s = x; break; }
  case FFI_K_INT64: memcpy(&s, mem, 8); break;
  default:
    memcpy(&u, mem, 8);
    if (u <= INT64_MAX) {
      s = (int64_t)u;
      break;
    }
    mpz_t z;
    mpz_init_set_ui(z, (unsigned long)u);
    *out = int_take_mpz(vm, z);
    return !IS_UNDEF(*out);
  }
  *out = INT_VAL(s);
  return true;
}

/* A char* result: None for NULL, else the text decoded as UTF-8
 * (undecodable bytes become U+FFFD). */
static bool from_string(EddyVM *vm, const void *mem, Value *out) {
  const char *p;
  memcpy(&p, mem, sizeof p);
  if (!p) {
    *out = NONE_VAL;
    return true;
  }
  return codec_decode(vm, p, strlen(p), "utf-8", "replace", out);
}

/* A struct result: a new instance holding a copy. */
static bool from_struct(EddyVM *vm, const FfiType *t, const void *mem,
                        Value *out) {
  FfiBuffer *b = ffi_buffer_new(vm, AS_CLASS(t->layout->cls), t->size);
  if (!b) return false;
  memcpy(b->data, mem, t->size);
  *out = OBJ_VAL(b);
  return true;
}

bool ffi_from_c(EddyVM *vm, const FfiType *t, const void *mem, Value *out) {
  switch (t->kind) {
  case FFI_K_VOID: *out = NONE_VAL; return true;
  case FFI_K_BOOL: *out = BOOL_VAL(*(const uint8_t *)mem != 0); return true;
  case FFI_K_FLOAT: {
    float f;
    memcpy(&f, mem, sizeof f);
    *out = FLOAT_VAL((double)f);
    return true;
  }
  case FFI_K_DOUBLE: {
    double d;
    memcpy(&d, mem, sizeof d);
    *out = FLOAT_VAL(d);
    return true;
  }
  case FFI_K_POINTER: {
    void *p;
    memcpy(&p, mem, sizeof p);
    return ffi_pointer_new(vm, p, UNDEF_VAL, out);
  }
  case FFI_K_STRING: return from_string(vm, mem, out);
  case FFI_K_STRUCT: return from_struct(vm, t, mem, out);
  default: return from_int(vm, t, mem, out);
  }
}

/* True when [t] is an integer narrower than ffi_arg, which libffi
 * returns widened to a whole ffi_arg. */
static bool widened(const FfiType *t) {
  return t->kind != FFI_K_FLOAT && t->kind != FFI_K_DOUBLE &&
         t->kind != FFI_K_STRUCT && t->kind != FFI_K_VOID &&
         t->size < sizeof(ffi_arg);
}

bool ffi_from_ret(EddyVM *vm, const FfiType *t, const void *mem, Value *out) {
  if (!widened(t)) return ffi_from_c(vm, t, mem, out);
  ffi_arg r;
  memcpy(&r, mem, sizeof r);
  uint64_t bits = (uint64_t)r;
  uint8_t tmp[8];
  store_int(tmp, t->size, bits);
  return ffi_from_c(vm, t, tmp, out);
}

void ffi_to_ret(const FfiType *t, const void *src, void *ret) {
  if (!widened(t)) {
    memcpy(ret, src, t->size);
    return;
  }
  int64_t s;
  switch (t->kind) {
  case FFI_K_INT8: { int8_t x; memcpy(&x, src, 1); s = x; break; }
  case FFI_K_INT16: { int16_t x; memcpy(&x, src, 2); s = x; break; }
  case FFI_K_UINT16: { uint16_t x; memcpy(&x, src, 2); s = x; break; }
  case FFI_K_INT32: { int32_t x; memcpy(&x, src, 4); s = x; break; }
  case FFI_K_UINT32: { uint32_t x; memcpy(&x, src, 4); s = x; break; }
  default: { uint8_t x; memcpy(&x, src, 1); s = x; break; }
  }
  ffi_arg r = (ffi_arg)(ffi_sarg)s;
  memcpy(ret, &r, sizeof r);
}

/* ---- signatures ---------------------------------------------------------- */

/* Checks that the variadic argument type [t] is one C's default argument
 * promotions leave as it is. */
static bool promoted(EddyVM *vm, const FfiType *t, int index,
                     const char *what) {
  if (t->kind == FFI_K_FLOAT)
    return vm_raise(vm, vm->exc.TypeError,
                    "%s: variadic argument %d cannot be float (C promotes it "
                    "to double)",
                    what, index + 1);
  if (t->kind != FFI_K_STRUCT && t->size < sizeof(int))
    return vm_raise(vm, vm->exc.TypeError,
                    "%s: variadic argument %d cannot be %s (C promotes it to "
                    "int)",
                    what, index + 1, t->name);
  return true;
}

/* Resolves every argument type of [sig] from the tuple [specs] (its
 * items 1..). */
static bool resolve_args(EddyVM *vm, FfiSig *sig, ObjTuple *specs,
                         const char *what) {
  for (int i = 0; i < sig->nargs; i++) {
    if (!ffi_type_resolve(vm, specs->items[i + 1], false, &sig->args[i]))
      return false;
    sig->atypes[i] = sig->args[i].ft;
    if (sig->nfixed >= 0 && i >= sig->nfixed &&
        !promoted(vm, &sig->args[i], i, what))
      return false;
  }
  return true;
}

/* Prepares the libffi call interface of the resolved [sig]. */
static bool prep_cif(EddyVM *vm, FfiSig *sig, const char *what) {
  ffi_status st;
  if (sig->nfixed >= 0)
    st = ffi_prep_cif_var(&sig->cif, FFI_DEFAULT_ABI, (unsigned)sig->nfixed,
                          (unsigned)sig->nargs, sig->ret.ft, sig->atypes);
  else
    st = ffi_prep_cif(&sig->cif, FFI_DEFAULT_ABI, (unsigned)sig->nargs,
                      sig->ret.ft, sig->atypes);
  if (st != FFI_OK)
    return vm_raise(vm, vm->exc.ValueError,
                    "%s: libffi cannot prepare this signature", what);
  return true;
}

/* A tuple (restype, *argtypes) from [restype] and the list or tuple
 * [argtypes]. */
static bool spec_tuple(EddyVM *vm, Value restype, Value argtypes,
                       const char *what, ObjTuple **out) {
  Value *items;
  size_t n;
  if (IS_LIST(argtypes)) {
    items = AS_LIST(argtypes)->items;
    n = AS_LIST(argtypes)->length;
  } else if (IS_TUPLE(argtypes)) {
    items = AS_TUPLE(argtypes)->items;
    n = AS_TUPLE(argtypes)->length;
  } else {
    return vm_raise(vm, vm->exc.TypeError,
                    "%s: argtypes must be a list of C types, not %s", what,
                    vm_type_name(vm, argtypes));
  }
  if (n > 64)
    return vm_raise(vm, vm->exc.ValueError, "%s: too many arguments (%zu)",
                    what, n);
  ObjTuple *t = tuple_new(vm, n + 1);
  if (!t) return false;
  t->items[0] = restype;
  for (size_t i = 0; i < n; i++) t->items[i + 1] = items[i];
  *out = t;
  return true;
}

bool ffi_sig_init(EddyVM *vm, FfiSig *sig, Value restype, Value argtypes,
                  int nfixed, const char *what) {
  ObjTuple *specs = NULL;
  if (!spec_tuple(vm, restype, argtypes, what, &specs)) return false;
  sig->specs = OBJ_VAL(specs);
  sig->nargs = (int)specs->length - 1;
  if (nfixed > sig->nargs)
    return vm_raise(vm, vm->exc.ValueError,
                    "%s: nfixed=%d but only %d argument types", what, nfixed,
                    sig->nargs);
  sig->nfixed = nfixed;
  if (!ffi_type_resolve(vm, restype, true, &sig->ret)) return false;
  sig->args = calloc((size_t)sig->nargs + 1, sizeof *sig->args);
  sig->atypes = calloc((size_t)sig->nargs + 1, sizeof *sig->atypes);
  if (!sig->args || !sig->atypes) return vm_raise_memory(vm);
  return resolve_args(vm, sig, specs, what) && prep_cif(vm, sig, what);
}

void ffi_sig_free(FfiSig *sig) {
  free(sig->args);
  free(sig->atypes);
  sig->args = NULL;
  sig->atypes = NULL;
}
