/* mod_random.c: the random module's generator, the Random class's core
 * methods and the module (see mod_random.h). */
#include "stdlib/mod_random.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "stdlib/mod_common.h"
#include "stdlib/modules.h"
#include "stdlib/sha512.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/number.h"
#include "vm/obj_bytes.h"
#include "vm/obj_dict.h"
#include "vm/obj_function.h"
#include "vm/obj_int.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/unicode.h"
#include "vm/vm_types.h"

/* The Mersenne Twister's parameters. */
#define MT_M 397
#define MT_MATRIX_A 0x9908b0dfU
#define MT_UPPER_MASK 0x80000000U
#define MT_LOWER_MASK 0x7fffffffU

/* The version getstate() reports, as CPython's Random.VERSION. */
#define RANDOM_VERSION 3

/* ---- the generator --------------------------------------------------------
 */

/* Fills the state from the one word [seed] (init_genrand). */
static void seed_word(RandomState *rs, uint32_t seed) {
  rs->mt[0] = seed;
  for (int i = 1; i < RANDOM_N; i++) {
    uint32_t prev = rs->mt[i - 1];
    rs->mt[i] = 1812433253U * (prev ^ (prev >> 30)) + (uint32_t)i;
  }
  rs->index = RANDOM_N;
}

void random_seed_words(RandomState *rs, const uint32_t *key, size_t len) {
  uint32_t *mt = rs->mt;
  seed_word(rs, 19650218U);
  size_t i = 1, j = 0;
  for (size_t k = RANDOM_N > len ? RANDOM_N : len; k > 0; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] +
            (uint32_t)j;
    if (++i >= RANDOM_N) {
      mt[0] = mt[RANDOM_N - 1];
      i = 1;
    }
    if (++j >= len) j = 0;
  }
  for (size_t k = RANDOM_N - 1; k > 0; k--) {
    mt[i] =
        (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
    if (++i >= RANDOM_N) {
      mt[0] = mt[RANDOM_N - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000U; /* assures a non-zero initial state */
  rs->has_gauss_next = false;
}

/* One step of the twist: the new word i from words i, i+1 and i+m. */
static uint32_t twist(uint32_t a, uint32_t b, uint32_t m) {
  uint32_t y = (a & MT_UPPER_MASK) | (b & MT_LOWER_MASK);
  return m ^ (y >> 1) ^ ((y & 1U) ? MT_MATRIX_A : 0U);
}

/* Regenerates all RANDOM_N words of the state. */
static void regenerate(RandomState *rs) {
  uint32_t *mt = rs->mt;
  int k = 0;
  for (; k < RANDOM_N - MT_M; k++)
    mt[k] = twist(mt[k], mt[k + 1], mt[k + MT_M]);
  for (; k < RANDOM_N - 1; k++) {
    mt[k] = twist(mt[k], mt[k + 1], mt[k + MT_M - RANDOM_N]);
  }
  mt[RANDOM_N - 1] = twist(mt[RANDOM_N - 1], mt[0], mt[MT_M - 1]);
  rs->index = 0;
}

uint32_t random_next32(RandomState *rs) {
  if (rs->index >= RANDOM_N) regenerate(rs);
  uint32_t y = rs->mt[rs->index++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= y >> 18;
  return y;
}

double random_next_double(RandomState *rs) {
  uint32_t a = random_next32(rs) >> 5, b = random_next32(rs) >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

uint64_t random_bits64(RandomState *rs, int k) {
  if (k == 0) return 0;
  if (k <= 32) return random_next32(rs) >> (32 - k);
  uint64_t low = random_next32(rs);
  uint64_t high = random_next32(rs) >> (64 - k);
  return low | high << 32;
}

uint64_t random_below64(RandomState *rs, uint64_t n) {
  int k = 64 - __builtin_clzll(n);
  uint64_t r = random_bits64(rs, k);
  while (r >= n) r = random_bits64(rs, k);
  return r;
}

/* ---- ints of any size ------------------------------------------------------
 */

/* Fills [words] with getrandbits([k]) as 32-bit words, least significant
 * first ([k] > 0). */
static void fill_words(RandomState *rs, uint64_t k, uint32_t *words) {
  size_t n = (size_t)((k - 1) / 32 + 1);
  for (size_t i = 0; i < n; i++, k -= 32) {
    uint32_t r = random_next32(rs);
    if (k < 32) r >>= 32 - k;
    words[i] = r;
  }
}

/* [*out] = the int of the unsigned [bits]. */
static bool u64_value(EddyVM *vm, uint64_t bits, Value *out) {
  if (bits <= INT64_MAX) {
    *out = INT_VAL((int64_t)bits);
    return true;
  }
  mpz_t z;
  mpz_init(z);
  mpz_import(z, 1, -1, sizeof bits, 0, 0, &bits);
  *out = int_take_mpz(vm, z);
  return !IS_UNDEF(*out);
}

bool random_getrandbits(EddyVM *vm, RandomState *rs, uint64_t k, Value *out) {
  if (k <= 64) return u64_value(vm, random_bits64(rs, (int)k), out);
  if (k > INT_MAX_BITS) return vm_raise_memory(vm);
  size_t n = (size_t)((k - 1) / 32 + 1);
  uint32_t *words = malloc(n * sizeof(uint32_t));
  if (!words) return vm_raise_memory(vm);
  fill_words(rs, k, words);
  mpz_t z;
  mpz_init(z);
  mpz_import(z, n, -1, sizeof(uint32_t), 0, 0, words);
  free(words);
  *out = int_take_mpz(vm, z);
  return !IS_UNDEF(*out);
}

bool random_below(EddyVM *vm, RandomState *rs, Value n, Value *out) {
  if (IS_SMALLINT_LIKE(n)) {
    *out = INT_VAL((int64_t)random_below64(rs, (uint64_t)AS_SMALLINT(n)));
    return true;
  }
  uint64_t k = int_bit_length(n);
  mpz_t limit;
  mpz_init(limit);
  int_to_mpz(n, limit);
  for (;;) {
    if (!random_getrandbits(vm, rs, k, out)) break;
    mpz_t r;
    mpz_init(r);
    int_to_mpz(*out, r);
    bool below = mpz_cmp(r, limit) < 0;
    mpz_clear(r);
    if (below) {
      mpz_clear(limit);
      return true;
    }
  }
  mpz_clear(limit);
  return false;
}

/* ---- Random objects
 * ----------------------------------------------------------- */

/* A Random object: the generator's state in a native-data object. */
typedef struct ObjRandom {
  ObjNativeData header; /* OBJ_NATIVE_DATA of kind random_kind */
  RandomState state;    /* the generator */
} ObjRandom;

/* Random objects hold no values and own no memory outside themselves. */
static const NativeDataKind random_kind = {
    "Random", sizeof(ObjRandom), NULL, NULL, NULL, NULL};

/* True when [v] is a Random object. */
static bool is_random(Value v) {
  return IS_NATIVE_DATA(v) && AS_NATIVE_DATA(v)->kind == &random_kind;
}

RandomState *random_state_of(EddyVM *vm, Value self, const char *method) {
  if (is_random(self)) return &((ObjRandom *)AS_OBJ(self))->state;
  vm_raise(vm, vm->exc.TypeError,
           "descriptor '%s' for 'Random' objects doesn't apply to a '%s' "
           "object",
           method, vm_type_name(vm, self));
  return NULL;
}

/* A new Random object of class [cls], seeded with a fixed word until
 * its owner seeds it. */
static ObjRandom *random_new(EddyVM *vm, ObjClass *cls) {
  ObjRandom *r =
      (ObjRandom *)gc_new_object(vm, sizeof(ObjRandom), OBJ_NATIVE_DATA, cls);
  if (!r) return NULL;
  r->header.kind = &random_kind;
  seed_word(&r->state, 5489U);
  r->state.has_gauss_next = false;
  return r;
}

/* Checks a C-level method's receiver and its argument count: [min] to
 * [max] after self, no keywords ("Random.random() takes no arguments (1
 * given)"). */
static RandomState *c_method(EddyVM *vm, const char *name, Value *args,
                             int nargs, ObjTuple *kwnames, int min, int max) {
  char full[48];
  snprintf(full, sizeof full, "Random.%s", name);
  if (nargs < 1 || !native_no_kwargs(vm, full, kwnames) ||
      !native_check_count(vm, full, nargs - 1, min, max)) {
    return nargs < 1 ? random_state_of(vm, NONE_VAL, name) : NULL;
  }
  return random_state_of(vm, args[0], name);
}

/* ---- seeding
 * --------------------------------------------------------------------- */

/* Seeds [rs] with 624 words from the kernel, or from the time and
 * process id when the kernel has none to give. */
static void seed_entropy(RandomState *rs) {
  uint32_t key[RANDOM_N];
  size_t done = 0;
  while (done < sizeof key) {
    ssize_t n = getrandom((char *)key + done, sizeof key - done, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += (size_t)n;
  }
  if (done == sizeof key) {
    random_seed_words(rs, key, RANDOM_N);
    return;
  }
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  uint32_t fallback[4] = {(uint32_t)ts.tv_sec, (uint32_t)ts.tv_nsec,
                          (uint32_t)getpid(), (uint32_t)clock()};
  random_seed_words(rs, fallback, 4);
}

/* Seeds [rs] with the absolute value of the int [v], as 32-bit words from
 * the least significant. */
static bool seed_int(EddyVM *vm, RandomState *rs, Value v) {
  mpz_t z;
  mpz_init(z);
  int_to_mpz(v, z);
  mpz_abs(z, z);
  size_t bits = mpz_sizeinbase(z, 2);
  size_t n = mpz_sgn(z) == 0 ? 1 : (bits - 1) / 32 + 1;
  uint32_t *key = calloc(n, sizeof(uint32_t));
  if (!key) {
    mpz_clear(z);
    return vm_raise_memory(vm);
  }
  mpz_export(key, NULL, -1, sizeof(uint32_t), 0, 0, z);
  mpz_clear(z);
  random_seed_words(rs, key, n);
  free(key);
  return true;
}

/* Seeds [rs] from the unsigned 64-bit [h] (the hash of a float or str). */
static void seed_u64(RandomState *rs, uint64_t h) {
  uint32_t key[2] = {(uint32_t)h, (uint32_t)(h >> 32)};
  random_seed_words(rs, key, h >> 32 ? 2 : 1);
}

/* The int of version 2 seeding: int.from_bytes(data + sha512(data)). */
static bool sha_seed_value(EddyVM *vm, const char *data, size_t len,
                           Value *out) {
  unsigned char *buf = malloc(len + SHA512_DIGEST_SIZE);
  if (!buf) return vm_raise_memory(vm);
  memcpy(buf, data, len);
  sha512_digest(data, len, buf + len);
  mpz_t z;
  mpz_init(z);
  mpz_import(z, len + SHA512_DIGEST_SIZE, 1, 1, 0, 0, buf);
  free(buf);
  *out = int_take_mpz(vm, z);
  return !IS_UNDEF(*out);
}

/* [*out] = the int of version 1 seeding of a str or bytes [a]
 * (CPython's old string hash over its code points). */
static bool old_seed_value(EddyVM *vm, Value a, Value *out) {
  const char *s = IS_STR(a) ? AS_STR(a)->chars : AS_BYTES(a)->data;
  size_t len = IS_STR(a) ? AS_STR(a)->length : AS_BYTES(a)->length;
  uint64_t x = 0, count = 0;
  for (size_t i = 0; i < len; count++) {
    uint32_t c = (unsigned char)s[i];
    i += IS_STR(a) ? unicode_decode(s + i, len - i, &c) : 1;
    if (count == 0) x = (uint64_t)c << 7;
    x = (1000003 * x) ^ c;
  }
  return u64_value(vm, x ^ count, out);
}

/* The text of a str or bytes seed [a] for version 2 seeding. */
static void seed_text(Value a, const char **data, size_t *len) {
  *data = IS_STR(a) ? AS_STR(a)->chars : AS_BYTES(a)->data;
  *len = IS_STR(a) ? AS_STR(a)->length : AS_BYTES(a)->length;
}

/* Seeds [rs] from [a] after the version conversions (_random's seed). */
static bool seed_value(EddyVM *vm, RandomState *rs, Value a) {
  if (IS_UNDEF(a) || IS_NONE(a)) {
    seed_entropy(rs);
    return true;
  }
  if (IS_ANY_INT(a)) return seed_int(vm, rs, a);
  int64_t h;
  if (!value_hash(vm, a, &h)) return false;
  seed_u64(rs, (uint64_t)h);
  return true;
}

/* Applies random.py's seed(): version 1 and 2 conversions of str and
 * bytes, the type check, then the generator's seeding. */
static bool seed_with_version(EddyVM *vm, RandomState *rs, Value a,
                              Value version) {
  bool text = IS_STR(a) || IS_BYTES(a);
  bool v1 = false, v2 = false;
  if (text && (!value_eq(vm, version, INT_VAL(1), &v1) ||
               (!v1 && !value_eq(vm, version, INT_VAL(2), &v2)))) {
    return false;
  }
  Value seed = a;
  if (v1) {
    if (!old_seed_value(vm, a, &seed)) return false;
  } else if (v2) {
    const char *data;
    size_t len;
    seed_text(a, &data, &len);
    if (!sha_seed_value(vm, data, len, &seed)) return false;
  } else if (!text && !IS_UNDEF(a) && !IS_NONE(a) && !IS_ANY_INT(a) &&
             !IS_FLOAT(a)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "The only supported seed types are: None,\n"
                    "int, float, str, bytes, and bytearray.");
  }
  if (!seed_value(vm, rs, seed)) return false;
  rs->has_gauss_next = false;
  return true;
}

/* seed(a=None, version=2) */
static bool random_seed(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  static const char *const params[] = {"self", "a", "version"};
  static const PySignature sig = {"Random.seed", params, 3, 3, 1};
  Value v[3];
  if (!mod_bind_args(vm, &sig, args, nargs, kwnames, v)) return false;
  RandomState *rs = random_state_of(vm, v[0], "seed");
  Value version = IS_UNDEF(v[2]) ? INT_VAL(2) : v[2];
  if (!rs || !seed_with_version(vm, rs, v[1], version)) return false;
  *result = NONE_VAL;
  return true;
}

/* Random(x=None): a generator seeded with [x]. */
static bool random_construct(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  static const char *const params[] = {"self", "x"};
  static const PySignature sig = {"Random.__init__", params, 2, 2, 1};
  Value v[2];
  if (!mod_bind_args(vm, &sig, args, nargs, kwnames, v)) return false;
  ObjRandom *obj = random_new(vm, AS_CLASS(args[0]));
  if (!obj) return false;
  gc_push_root(vm, OBJ_VAL(obj));
  bool ok = seed_with_version(vm, &obj->state, v[1], INT_VAL(2));
  gc_pop_roots(vm, 1);
  if (ok) *result = OBJ_VAL(obj);
  return ok;
}

/* ---- random, getrandbits, randbytes
 * ------------------------------------------- */

/* random(): a float in [0, 1). */
static bool random_random(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  RandomState *rs = c_method(vm, "random", args, nargs, kwnames, 0, 0);
  if (!rs) return false;
  *result = FLOAT_VAL(random_next_double(rs));
  return true;
}

/* Reads the bit count [v] of getrandbits: an int that fits a C int. */
static bool bit_count(EddyVM *vm, Value v, int64_t *k) {
  Value i;
  if (!mod_to_index(vm, v, &i)) return false;
  if (IS_BIGINT(i) || AS_SMALLINT(i) > INT32_MAX ||
      AS_SMALLINT(i) < INT32_MIN) {
    return vm_raise(vm, vm->exc.OverflowError,
                    "Python int too large to convert to C int");
  }
  *k = AS_SMALLINT(i);
  if (*k >= 0) return true;
  return vm_raise(vm, vm->exc.ValueError,
                  "number of bits must be non-negative");
}

/* getrandbits(k, /) */
static bool random_getrandbits_method(EddyVM *vm, Value *args, int nargs,
                                      ObjTuple *kwnames, Value *result) {
  int64_t k = 0;
  RandomState *rs = c_method(vm, "getrandbits", args, nargs, kwnames, 1, 1);
  return rs && bit_count(vm, args[1], &k) &&
         random_getrandbits(vm, rs, (uint64_t)k, result);
}

/* randbytes(n): getrandbits(n * 8).to_bytes(n, 'little'). */
static bool random_randbytes(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  static const char *const params[] = {"self", "n"};
  static const PySignature sig = {"Random.randbytes", params, 2, 2, 2};
  Value v[2], n;
  if (!mod_bind_args(vm, &sig, args, nargs, kwnames, v) ||
      !mod_to_index(vm, v[1], &n)) {
    return false;
  }
  RandomState *rs = random_state_of(vm, v[0], "randbytes");
  if (!rs) return false;
  if (int_sign(n) < 0) {
    return vm_raise(vm, vm->exc.ValueError,
                    "number of bits must be non-negative");
  }
  if (IS_BIGINT(n) || (uint64_t)AS_SMALLINT(n) * 8 > INT_MAX_BITS) {
    return vm_raise_memory(vm);
  }
  size_t len = (size_t)AS_SMALLINT(n);
  ObjBytes *bytes = bytes_alloc(vm, len);
  if (!bytes) return false;
  if (len > 0) {
    uint32_t *words = malloc(((len + 3) / 4) * sizeof(uint32_t));
    if (!words) return vm_raise_memory(vm);
    fill_words(rs, (uint64_t)len * 8, words);
    for (size_t i = 0; i < len; i++) {
      bytes->data[i] = (char)(words[i / 4] >> (8 * (i % 4)));
    }
    free(words);
  }
  *result = OBJ_VAL(bytes);
  return true;
}

/* ---- getstate and setstate
 * ------------------------------------------------------ */

/* getstate(): (3, (624 words..., index), gauss_next). */
static bool random_getstate(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  static const char *const params[] = {"self"};
  static const PySignature sig = {"Random.getstate", params, 1, 1, 1};
  Value v[1];
  if (!mod_bind_args(vm, &sig, args, nargs, kwnames, v)) return false;
  RandomState *rs = random_state_of(vm, v[0], "getstate");
  if (!rs) return false;
  ObjTuple *words = tuple_new(vm, RANDOM_N + 1);
  if (!words) return false;
  for (int i = 0; i < RANDOM_N; i++) words->items[i] = INT_VAL(rs->mt[i]);
  words->items[RANDOM_N] = INT_VAL(rs->index);
  gc_push_root(vm, OBJ_VAL(words));
  ObjTuple *state = tuple_new(vm, 3);
  gc_pop_roots(vm, 1);
  if (!state) return false;
  state->items[0] = INT_VAL(RANDOM_VERSION);
  state->items[1] = OBJ_VAL(words);
  state->items[2] = rs->has_gauss_next ? FLOAT_VAL(rs->gauss_next) : NONE_VAL;
  *result = OBJ_VAL(state);
  return true;
}

/* Reads one state word: an int in [0, 2**64), kept modulo 2**32 (version
 * 2 states hold them already reduced). */
static bool state_word(EddyVM *vm, Value v, uint32_t *out) {
  if (!IS_ANY_INT(v)) {
    return vm_raise(vm, vm->exc.TypeError, "an integer is required");
  }
  if (int_sign(v) < 0) {
    return vm_raise(vm, vm->exc.OverflowError,
                    "can't convert negative int to unsigned");
  }
  if (IS_BIGINT(v)) {
    return vm_raise(vm, vm->exc.OverflowError,
                    "Python int too large to convert to C unsigned long");
  }
  *out = (uint32_t)AS_SMALLINT(v);
  return true;
}

/* Loads the internal state tuple [words] (_random's setstate). */
static bool load_words(EddyVM *vm, RandomState *rs, Value words) {
  if (!IS_TUPLE(words)) {
    return vm_raise(vm, vm->exc.TypeError, "state vector must be a tuple");
  }
  ObjTuple *t = AS_TUPLE(words);
  if (t->length != RANDOM_N + 1) {
    return vm_raise(vm, vm->exc.ValueError, "state vector is the wrong size");
  }
  uint32_t mt[RANDOM_N];
  for (int i = 0; i < RANDOM_N; i++) {
    if (!state_word(vm, t->items[i], &mt[i])) return false;
  }
  Value index = t->items[RANDOM_N];
  if (!IS_SMALLINT_LIKE(index) || AS_SMALLINT(index) < 0 ||
      AS_SMALLINT(index) > RANDOM_N) {
    return vm_raise(vm, vm->exc.ValueError, "invalid state");
  }
  memcpy(rs->mt, mt, sizeof mt);
  rs->index = (int)AS_SMALLINT(index);
  return true;
}

/* Unpacks the state [state] into [parts] (three values), with the errors
 * of `version, internalstate, gauss_next = state`. */
static bool unpack_state(EddyVM *vm, Value state, Value *parts) {
  Value list;
  if (!value_to_list(vm, state, &list)) return false;
  ObjList *l = AS_LIST(list);
  if (l->length > 3) {
    return vm_raise(vm, vm->exc.ValueError,
                    "too many values to unpack (expected 3)");
  }
  if (l->length < 3) {
    return vm_raise(vm, vm->exc.ValueError,
                    "not enough values to unpack (expected 3, got %zu)",
                    l->length);
  }
  memcpy(parts, l->items, 3 * sizeof(Value));
  return true;
}

/* Restores [rs] from a version 2 or 3 [state]. */
static bool restore(EddyVM *vm, RandomState *rs, Value state) {
  Value parts[3];
  if (!unpack_state(vm, state, parts)) return false;
  double gauss = 0.0;
  bool has_gauss = !IS_NONE(parts[2]);
  if (has_gauss && !mod_to_double(vm, parts[2], &gauss)) return false;
  if (!load_words(vm, rs, parts[1])) return false;
  rs->gauss_next = gauss;
  rs->has_gauss_next = has_gauss;
  return true;
}

/* Raises setstate's error for an unknown [version]. */
static bool bad_version(EddyVM *vm, Value version) {
  ByteBuf text;
  buf_init(&text);
  bool ok = value_str(vm, version, &text);
  if (ok) {
    vm_raise(vm, vm->exc.ValueError,
             "state with version %s passed to Random.setstate() of version "
             "%d",
             text.data, RANDOM_VERSION);
  }
  buf_free(&text);
  return false;
}

/* setstate(state) */
static bool random_setstate(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  static const char *const params[] = {"self", "state"};
  static const PySignature sig = {"Random.setstate", params, 2, 2, 2};
  Value v[2], version;
  if (!mod_bind_args(vm, &sig, args, nargs, kwnames, v)) return false;
  RandomState *rs = random_state_of(vm, v[0], "setstate");
  if (!rs || !value_getitem(vm, v[1], INT_VAL(0), &version)) return false;
  bool v3 = false, v2 = false;
  if (!value_eq(vm, version, INT_VAL(3), &v3) ||
      (!v3 && !value_eq(vm, version, INT_VAL(2), &v2))) {
    return false;
  }
  if (!v3 && !v2) return bad_version(vm, version);
  if (!restore(vm, rs, v[1])) return false;
  *result = NONE_VAL;
  return true;
}

/* ---- the class and the module
 * ---------------------------------------------------- */

static const ModuleFunction random_core_methods[] = {
    {"seed", random_seed},
    {"random", random_random},
    {"getrandbits", random_getrandbits_method},
    {"randbytes", random_randbytes},
    {"getstate", random_getstate},
    {"setstate", random_setstate},
};

/* The names of the Random methods that the module exposes as functions
 * bound to its hidden generator. */
static const char *const module_functions[] = {
    "seed",          "random",         "getrandbits", "randbytes",  "getstate",
    "setstate",      "randrange",      "randint",     "choice",     "shuffle",
    "sample",        "choices",        "uniform",     "triangular", "gauss",
    "normalvariate", "lognormvariate", "expovariate",
};

/* Creates the Random class with its methods. */
static ObjClass *make_class(EddyVM *vm) {
  ObjClass *cls =
      vm_new_builtin_class(vm, "Random", vm->types.object, OBJ_NATIVE_DATA);
  if (!cls) return NULL;
  gc_push_root(vm, OBJ_VAL(cls));
  ObjStr *module_name = str_intern_cstr(vm, "random");
  bool ok = module_name != NULL;
  if (ok) {
    cls->module = OBJ_VAL(module_name);
    cls->construct = random_construct;
    cls->allows_subclass = false;
    ok = dict_set_str(vm, cls->dict, vm->str.module, cls->module);
  }
  size_t n = sizeof random_core_methods / sizeof random_core_methods[0];
  for (size_t i = 0; ok && i < n; i++) {
    ok = native_method(vm, cls, random_core_methods[i].name,
                       random_core_methods[i].fn);
  }
  ok = ok && random_dist_install(vm, cls);
  gc_pop_roots(vm, 1);
  return ok ? cls : NULL;
}

/* Stores the method [name] of [cls] bound to [inst] in the module. */
static bool export_method(EddyVM *vm, ObjModule *module, ObjClass *cls,
                          Value inst, const char *name) {
  ObjStr *key = str_intern_cstr(vm, name);
  Value method = key ? dict_get_str(cls->dict, key) : UNDEF_VAL;
  if (!IS_NATIVE(method)) return vm_raise(vm, vm->exc.SystemError, "%s", name);
  ObjNative *bound = native_bind(vm, AS_NATIVE(method), inst);
  return bound && mod_set_value(vm, module, name, OBJ_VAL(bound));
}

bool mod_random_init(EddyVM *vm, ObjModule *module) {
  ObjClass *cls = make_class(vm);
  if (!cls || !mod_set_value(vm, module, "Random", OBJ_VAL(cls))) return false;
  ObjRandom *inst = random_new(vm, cls);
  if (!inst) return false;
  seed_entropy(&inst->state);
  gc_push_root(vm, OBJ_VAL(inst));
  bool ok = true;
  size_t n = sizeof module_functions / sizeof module_functions[0];
  for (size_t i = 0; ok && i < n; i++) {
    ok = export_method(vm, module, cls, OBJ_VAL(inst), module_functions[i]);
  }
  gc_pop_roots(vm, 1);
  return ok;
}
