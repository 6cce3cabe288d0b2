/* testlib.c: the C library the ffi tests load ($(BUILD)/tests/
 * libeddytest.so).
 *
 * One function per thing the tests check: every scalar type in and out
 * (identity functions, so the test compares what comes back with what
 * went in), strings, arrays through pointers, structs by value and by
 * pointer, callbacks (from the calling thread and from another one),
 * variadic functions, and a slow function for the async tests. The
 * layouts of the structs are exported from C (offsetof, sizeof, alignof)
 * so the tests compare ffi.struct's layout with the compiler's.
 */
#include <ctype.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/types.h>
#include <time.h>

/* ---- scalars: identity functions ---- */

bool t_bool(bool x) { return x; }
int8_t t_int8(int8_t x) { return x; }
uint8_t t_uint8(uint8_t x) { return x; }
int16_t t_int16(int16_t x) { return x; }
uint16_t t_uint16(uint16_t x) { return x; }
int32_t t_int32(int32_t x) { return x; }
uint32_t t_uint32(uint32_t x) { return x; }
int64_t t_int64(int64_t x) { return x; }
uint64_t t_uint64(uint64_t x) { return x; }
char t_char(char x) { return x; }
signed char t_schar(signed char x) { return x; }
unsigned char t_uchar(unsigned char x) { return x; }
short t_short(short x) { return x; }
unsigned short t_ushort(unsigned short x) { return x; }
int t_int(int x) { return x; }
unsigned int t_uint(unsigned int x) { return x; }
long t_long(long x) { return x; }
unsigned long t_ulong(unsigned long x) { return x; }
long long t_longlong(long long x) { return x; }
unsigned long long t_ulonglong(unsigned long long x) { return x; }
size_t t_size_t(size_t x) { return x; }
ssize_t t_ssize_t(ssize_t x) { return x; }
float t_float(float x) { return x; }
double t_double(double x) { return x; }
void *t_pointer(void *x) { return x; }

/* The sizes of the C types, by name, so the tests check ffi.sizeof. */
size_t t_sizeof(const char *name) {
  static const struct {
    const char *name;
    size_t size;
  } sizes[] = {
      {"char", sizeof(char)},         {"short", sizeof(short)},
      {"int", sizeof(int)},           {"long", sizeof(long)},
      {"longlong", sizeof(long long)}, {"size_t", sizeof(size_t)},
      {"ssize_t", sizeof(ssize_t)},   {"float", sizeof(float)},
      {"double", sizeof(double)},     {"pointer", sizeof(void *)},
      {"bool", sizeof(bool)},
  };
  for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++)
    if (!strcmp(sizes[i].name, name)) return sizes[i].size;
  return 0;
}

/* Every argument kind at once: checks the order and widths of a long
 * mixed signature. */
double t_mix(int8_t a, uint16_t b, int32_t c, int64_t d, float e, double f,
             uint8_t g, bool h) {
  return a + b + c + (double)d + e + f + g + (h ? 1000 : 0);
}

/* ---- strings and pointers ---- */

const char *t_greeting(void) { return "h\xc3\xa9llo, world"; }
const char *t_null_string(void) { return NULL; }
size_t t_count_char(const char *s, int c) {
  size_t n = 0;
  if (!s) return (size_t)-1;
  for (; *s; s++) n += *s == c;
  return n;
}
/* Upper-cases the NUL-terminated text at [s] in place; returns [s]. */
char *t_upper(char *s) {
  for (char *p = s; *p; p++) *p = (char)toupper((unsigned char)*p);
  return s;
}
bool t_is_null(const void *p) { return p == NULL; }
/* Stores i*i in out[i] for i < n. */
void t_squares(int32_t *out, int n) {
  for (int i = 0; i < n; i++) out[i] = i * i;
}
int64_t t_sum_int32(const int32_t *xs, size_t n) {
  int64_t s = 0;
  for (size_t i = 0; i < n; i++) s += xs[i];
  return s;
}
/* A pointer to a static counter the tests read and write. */
int32_t *t_counter(void) {
  static int32_t counter = 41;
  return &counter;
}

/* ---- structs ---- */

typedef struct Vec2 {
  double x, y;
} Vec2;

typedef struct Mixed {
  char c;
  int32_t i;
  double d;
  uint16_t s;
  int8_t b;
  int64_t q;
} Mixed;

typedef struct Rect {
  char tag;
  Vec2 min, max;
  float weight;
} Rect;

/* offsetof for field [field] of struct [name], -1 when unknown. */
long t_offsetof(const char *name, const char *field) {
#define OFF(S, F)                                                              \
  if (!strcmp(name, #S) && !strcmp(field, #F)) return (long)offsetof(S, F);
  OFF(Vec2, x) OFF(Vec2, y)
  OFF(Mixed, c) OFF(Mixed, i) OFF(Mixed, d) OFF(Mixed, s) OFF(Mixed, b)
  OFF(Mixed, q)
  OFF(Rect, tag) OFF(Rect, min) OFF(Rect, max) OFF(Rect, weight)
#undef OFF
  return -1;
}

/* sizeof and alignof of struct [name] (which 0: size, 1: align). */
long t_struct_layout(const char *name, int which) {
#define LAYOUT(S)                                                              \
  if (!strcmp(name, #S)) return which ? (long)_Alignof(S) : (long)sizeof(S);
  LAYOUT(Vec2) LAYOUT(Mixed) LAYOUT(Rect)
#undef LAYOUT
  return -1;
}

Vec2 vec_add(Vec2 a, Vec2 b) {
  Vec2 r = {a.x + b.x, a.y + b.y};
  return r;
}
double vec_dot(Vec2 a, Vec2 b) { return a.x * b.x + a.y * b.y; }
void vec_scale(Vec2 *v, double k) {
  v->x *= k;
  v->y *= k;
}
Mixed mixed_make(char c, int32_t i, double d, uint16_t s, int8_t b,
                 int64_t q) {
  Mixed m = {c, i, d, s, b, q};
  return m;
}
/* A checksum of every field of [m], passed by value. */
double mixed_sum(Mixed m) { return m.c + m.i + m.d + m.s + m.b + (double)m.q; }
double rect_area(Rect r) {
  return (r.max.x - r.min.x) * (r.max.y - r.min.y) * r.weight;
}
/* Sums the x and y of the [n] vectors at [vs] (an array of structs). */
Vec2 vec_sum(const Vec2 *vs, int n) {
  Vec2 r = {0, 0};
  for (int i = 0; i < n; i++) {
    r.x += vs[i].x;
    r.y += vs[i].y;
  }
  return r;
}

/* ---- callbacks ---- */

int t_apply(int (*f)(int), int x) { return f(x) + 1; }
double t_fold(double (*f)(double, double), const double *xs, int n,
              double init) {
  for (int i = 0; i < n; i++) init = f(init, xs[i]);
  return init;
}
/* Calls [f] with one value of each kind; returns what it returns. */
int64_t t_call_types(int64_t (*f)(int8_t, uint16_t, float, double,
                                  const char *, bool),
                     const char *s) {
  return f(-5, 65535, 1.5f, -2.25, s, true);
}
/* Calls [f] five times and returns the sum of its results. */
int t_repeat(int (*f)(int), int n) {
  int s = 0;
  for (int i = 0; i < n; i++) s += f(i);
  return s;
}

/* The thread of t_call_in_thread. */
typedef struct ThreadCall {
  int (*f)(int); /* the callback */
  int result;    /* what it returned */
} ThreadCall;

static void *thread_main(void *arg) {
  ThreadCall *tc = arg;
  tc->result = tc->f(7);
  return NULL;
}

/* Calls [f](7) from a new thread and returns its result. */
int t_call_in_thread(int (*f)(int)) {
  ThreadCall tc = {f, -1};
  pthread_t th;
  if (pthread_create(&th, NULL, thread_main, &tc) != 0) return -2;
  pthread_join(th, NULL);
  return tc.result;
}

/* ---- variadic ---- */

int t_sum_ints(int n, ...) {
  va_list ap;
  int s = 0;
  va_start(ap, n);
  for (int i = 0; i < n; i++) s += va_arg(ap, int);
  va_end(ap);
  return s;
}
double t_sum_mixed(int n, ...) {
  va_list ap;
  double s = 0;
  va_start(ap, n);
  for (int i = 0; i < n; i++) {
    s += va_arg(ap, int64_t);
    s += va_arg(ap, double);
  }
  va_end(ap);
  return s;
}

/* ---- slow ---- */

/* Sleeps [ms] milliseconds, then returns [value]: the async tests run
 * it on the worker pool. */
int t_slow(int ms, int value) {
  struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
  while (nanosleep(&ts, &ts) != 0) {
  }
  return value;
}
