/* mod_time.c: the time module.
 *
 * Clocks come from clock_gettime: time() from CLOCK_REALTIME,
 * monotonic() and perf_counter() from CLOCK_MONOTONIC (as CPython 3.11 on
 * Linux), process_time() from CLOCK_PROCESS_CPUTIME_ID. Seconds as floats
 * are computed from nanoseconds the way CPython does ((double)ns / 1e9),
 * so they round the same.
 *
 * sleep() blocks the whole interpreter in nanosleep, resuming after
 * signals until the deadline passes; asyncio's sleep is the one that
 * lets other tasks run.
 *
 * Broken-down times are time.struct_time values (structseq.h) converted
 * to and from struct tm as CPython's gettmarg/checktm do: the same
 * argument errors ("Tuple or struct_time argument required", "month out
 * of range", ...), out-of-range zeros forced to their lowest valid value
 * for asctime and strftime, and strftime handed to the C library, so the
 * directives are glibc's.
 *
 * Differences from CPython: struct_time has no tm_zone and tm_gmtoff
 * attributes (see structseq.h), so strftime's %Z and %z describe the
 * local zone for every argument, as CPython does for a plain tuple.
 */
#include <errno.h>
#include <math.h>
#include <poll.h>
#include <string.h>
#include <time.h>

#include "stdlib/mod_common.h"
#include "stdlib/modules.h"
#include "stdlib/structseq.h"
#include "vm/buffer.h"
#include "vm/container.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/interrupt.h"
#include "vm/native.h"
#include "vm/obj_dict.h"
#include "vm/obj_int.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"

#define NS_PER_SEC 1000000000LL

/* ---- clocks ----------------------------------------------------------- */

/* Nanoseconds on the clock [id]. */
static int64_t clock_ns(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return (int64_t)ts.tv_sec * NS_PER_SEC + ts.tv_nsec;
}

/* Seconds as CPython's _PyTime_AsSecondsDouble computes them from [ns]. */
static double ns_to_seconds(int64_t ns) {
  if (ns % NS_PER_SEC == 0) return (double)(ns / NS_PER_SEC);
  return (double)ns / 1e9;
}

/* A clock function [name] without arguments: its reading of [id] in
 * seconds, or in nanoseconds when [as_ns]. */
static bool read_clock(EddyVM *vm, const char *name, int nargs,
                       ObjTuple *kwnames, clockid_t id, bool as_ns,
                       Value *result) {
  if (!native_no_kwargs(vm, name, kwnames) ||
      !native_check_count(vm, name, nargs, 0, 0)) {
    return false;
  }
  int64_t ns = clock_ns(id);
  *result = as_ns ? INT_VAL(ns) : FLOAT_VAL(ns_to_seconds(ns));
  return true;
}

/* Defines time_NAME reading the clock ID. */
#define CLOCK_FUNCTION(name, id, as_ns)                                        \
  static bool time_##name(EddyVM *vm, Value *args, int nargs,                  \
                          ObjTuple *kwnames, Value *result) {                  \
    (void)args;                                                                \
    return read_clock(vm, "time." #name, nargs, kwnames, id, as_ns, result);   \
  }

CLOCK_FUNCTION(time, CLOCK_REALTIME, false)
CLOCK_FUNCTION(time_ns, CLOCK_REALTIME, true)
CLOCK_FUNCTION(monotonic, CLOCK_MONOTONIC, false)
CLOCK_FUNCTION(monotonic_ns, CLOCK_MONOTONIC, true)
CLOCK_FUNCTION(perf_counter, CLOCK_MONOTONIC, false)
CLOCK_FUNCTION(perf_counter_ns, CLOCK_MONOTONIC, true)
CLOCK_FUNCTION(process_time, CLOCK_PROCESS_CPUTIME_ID, false)
CLOCK_FUNCTION(process_time_ns, CLOCK_PROCESS_CPUTIME_ID, true)
#undef CLOCK_FUNCTION

/* ---- sleep ------------------------------------------------------------------
 */

/* Raises CPython's error for a time too large for its nanosecond type. */
static bool too_large(EddyVM *vm) {
  return vm_raise(vm, vm->exc.OverflowError,
                  "timestamp too large to convert to C _PyTime_t");
}

/* Raises CPython's error for a timestamp outside time_t. */
static bool time_t_overflow(EddyVM *vm) {
  return vm_raise(vm, vm->exc.OverflowError,
                  "timestamp out of range for platform time_t");
}

/* Raises CPython's error for a NaN time. Always false. */
static bool nan_error(EddyVM *vm) {
  return vm_raise(vm, vm->exc.ValueError, "Invalid value NaN (not a number)");
}

/* [*ns] = the duration [v] (an int or float of seconds) in nanoseconds,
 * rounded away from zero, as _PyTime_FromSecondsObject. */
static bool seconds_to_ns(EddyVM *vm, Value v, int64_t *ns) {
  if (IS_FLOAT(v)) {
    double d = AS_FLOAT(v);
    if (isnan(d)) return nan_error(vm);
    d *= 1e9;
    d = d >= 0 ? ceil(d) : floor(d);
    if (!(d >= -0x1p63 && d < 0x1p63)) return time_t_overflow(vm);
    *ns = (int64_t)d;
    return true;
  }
  Value i;
  if (!mod_to_index(vm, v, &i)) return false;
  if (IS_BIGINT(i) || __builtin_mul_overflow(AS_SMALLINT(i), NS_PER_SEC, ns)) {
    return too_large(vm);
  }
  return true;
}

/* Waits up to [ns] nanoseconds: on the VM's interrupt pipe when there is
 * one (a Ctrl-C that came just before the wait still ends it), else in
 * nanosleep. */
static void wait_ns(EddyVM *vm, int64_t ns) {
  struct timespec ts = {(time_t)(ns / NS_PER_SEC), (long)(ns % NS_PER_SEC)};
  if (vm->interrupt_fd >= 0) {
    struct pollfd wake = {vm->interrupt_fd, POLLIN, 0};
    int n = ppoll(&wake, 1, &ts, NULL);
    (void)n;
    return;
  }
  int r = nanosleep(&ts, NULL);
  (void)r;
}

/* Blocks for [ns] nanoseconds, resuming after signals other than a
 * Ctrl-C, which is taken (false when that raised). */
static bool sleep_ns(EddyVM *vm, int64_t ns) {
  int64_t deadline = clock_ns(CLOCK_MONOTONIC) + ns;
  while (ns > 0) {
    if (vm_interrupt_pending(vm) && !vm_take_interrupt(vm)) return false;
    wait_ns(vm, ns);
    if (vm_interrupt_pending(vm) && !vm_take_interrupt(vm)) return false;
    ns = deadline - clock_ns(CLOCK_MONOTONIC);
  }
  return true;
}

/* sleep(secs, /) */
static bool time_sleep(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  int64_t ns = 0;
  if (!native_no_kwargs(vm, "time.sleep", kwnames) ||
      !native_check_count(vm, "time.sleep", nargs, 1, 1) ||
      !seconds_to_ns(vm, args[0], &ns)) {
    return false;
  }
  if (ns < 0) {
    return vm_raise(vm, vm->exc.ValueError,
                    "sleep length must be non-negative");
  }
  if (!sleep_ns(vm, ns)) return false;
  *result = NONE_VAL;
  return true;
}

/* ---- struct_time --------------------------------------------------------- */

static const char *const struct_time_fields[] = {
    "tm_year", "tm_mon",  "tm_mday", "tm_hour",  "tm_min",
    "tm_sec",  "tm_wday", "tm_yday", "tm_isdst",
};

/* The module's struct_time class, as the module holds it. */
static ObjClass *struct_time_class(EddyVM *vm) {
  Value cls = mod_attr(vm, "time", "struct_time");
  return IS_CLASS(cls) ? AS_CLASS(cls) : NULL;
}

/* [*out] = the struct_time of the broken-down time [tm]. */
static bool struct_time_from_tm(EddyVM *vm, const struct tm *tm, Value *out) {
  ObjClass *cls = struct_time_class(vm);
  if (!cls) {
    return vm_raise(vm, vm->exc.RuntimeError, "time.struct_time is missing");
  }
  Value items[9] = {
      INT_VAL((int64_t)tm->tm_year + 1900),
      INT_VAL(tm->tm_mon + 1),
      INT_VAL(tm->tm_mday),
      INT_VAL(tm->tm_hour),
      INT_VAL(tm->tm_min),
      INT_VAL(tm->tm_sec),
      INT_VAL((tm->tm_wday + 6) % 7),
      INT_VAL(tm->tm_yday + 1),
      INT_VAL(tm->tm_isdst),
  };
  ObjTuple *t = structseq_new(vm, cls, items);
  if (!t) return false;
  *out = OBJ_VAL(t);
  return true;
}

/* Reads the int item [v] of a time tuple into [*out], as the 'i' format
 * of PyArg_ParseTuple does. */
static bool tuple_int(EddyVM *vm, Value v, int *out) {
  Value i;
  if (!mod_to_index(vm, v, &i)) return false;
  if (IS_BIGINT(i)) {
    return vm_raise(vm, vm->exc.OverflowError,
                    "Python int too large to convert to C long");
  }
  int64_t n = AS_SMALLINT(i);
  if (n > INT32_MAX || n < INT32_MIN) {
    return vm_raise(vm, vm->exc.OverflowError, "signed integer is %s",
                    n > 0 ? "greater than maximum" : "less than minimum");
  }
  *out = (int)n;
  return true;
}

/* Converts the time tuple [v] to [tm] as CPython's gettmarg does; [fname]
 * names the function in the arity error. */
static bool tm_from_tuple(EddyVM *vm, Value v, const char *fname,
                          struct tm *tm) {
  memset(tm, 0, sizeof *tm);
  if (!IS_TUPLE(v)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "Tuple or struct_time argument required");
  }
  ObjTuple *t = AS_TUPLE(v);
  if (t->length != 9) {
    return vm_raise(vm, vm->exc.TypeError, "%s(): illegal time tuple argument",
                    fname);
  }
  int f[9];
  for (int i = 0; i < 9; i++) {
    if (!tuple_int(vm, t->items[i], &f[i])) return false;
  }
  if (f[0] < INT32_MIN + 1900) {
    return vm_raise(vm, vm->exc.OverflowError, "year out of range");
  }
  tm->tm_year = f[0] - 1900;
  tm->tm_mon = f[1] - 1;
  tm->tm_mday = f[2];
  tm->tm_hour = f[3];
  tm->tm_min = f[4];
  tm->tm_sec = f[5];
  tm->tm_wday = (f[6] + 1) % 7;
  tm->tm_yday = f[7] - 1;
  tm->tm_isdst = f[8];
  return true;
}

/* Raises ValueError "[what] out of range". Always false. */
static bool out_of_range(EddyVM *vm, const char *what) {
  return vm_raise(vm, vm->exc.ValueError, "%s out of range", what);
}

/* Checks [tm] before asctime and strftime index tables with it, forcing
 * a zero month, day or yday to the lowest valid value (CPython's
 * checktm). */
static bool check_tm(EddyVM *vm, struct tm *tm) {
  if (tm->tm_mon == -1)
    tm->tm_mon = 0;
  else if (tm->tm_mon < 0 || tm->tm_mon > 11)
    return out_of_range(vm, "month");
  if (tm->tm_mday == 0)
    tm->tm_mday = 1;
  else if (tm->tm_mday < 0 || tm->tm_mday > 31) {
    return out_of_range(vm, "day of month");
  }
  if (tm->tm_hour < 0 || tm->tm_hour > 23) return out_of_range(vm, "hour");
  if (tm->tm_min < 0 || tm->tm_min > 59) return out_of_range(vm, "minute");
  if (tm->tm_sec < 0 || tm->tm_sec > 61) return out_of_range(vm, "seconds");
  if (tm->tm_wday < 0) return out_of_range(vm, "day of week");
  if (tm->tm_yday == -1)
    tm->tm_yday = 0;
  else if (tm->tm_yday < 0 || tm->tm_yday > 365) {
    return out_of_range(vm, "day of year");
  }
  return true;
}

/* ---- seconds to broken-down time --------------------------------------------
 */

/* [*out] = the timestamp [v] as a time_t, rounding floats down
 * (_PyTime_ObjectToTime_t with ROUND_FLOOR); None or UNDEF is now. */
static bool timestamp_arg(EddyVM *vm, Value v, time_t *out) {
  if (IS_UNDEF(v) || IS_NONE(v)) {
    *out = time(NULL);
    return true;
  }
  if (IS_FLOAT(v)) {
    double d = AS_FLOAT(v);
    if (isnan(d)) return nan_error(vm);
    d = floor(d);
    if (!(d >= -0x1p63 && d < 0x1p63)) return time_t_overflow(vm);
    *out = (time_t)d;
    return true;
  }
  Value i;
  if (!mod_to_index(vm, v, &i)) return false;
  if (IS_BIGINT(i)) return time_t_overflow(vm);
  *out = (time_t)AS_SMALLINT(i);
  return true;
}

/* Breaks [t] down in UTC ([utc]) or local time, raising OSError when the
 * year does not fit. */
static bool break_down(EddyVM *vm, time_t t, bool utc, struct tm *tm) {
  errno = 0;
  if (utc ? gmtime_r(&t, tm) : localtime_r(&t, tm)) return true;
  return mod_raise_os_error(vm, errno ? errno : EINVAL, UNDEF_VAL, UNDEF_VAL);
}

/* Reads the optional seconds argument of gmtime, localtime and ctime and
 * breaks it down. */
static bool seconds_arg(EddyVM *vm, const char *name, Value *args, int nargs,
                        ObjTuple *kwnames, bool utc, struct tm *tm) {
  static const char *const names[] = {"seconds"};
  Value v[1];
  time_t t = 0;
  if (!native_no_kwargs(vm, name, kwnames)) return false;
  if (nargs > 1) {
    return vm_raise(vm, vm->exc.TypeError,
                    "%s() takes at most 1 argument (%d given)", name, nargs);
  }
  return native_parse_args(vm, name, args, nargs, NULL, names, 1, 0, 1, v) &&
         timestamp_arg(vm, v[0], &t) && break_down(vm, t, utc, tm);
}

/* gmtime([seconds]) */
static bool time_gmtime(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  struct tm tm;
  return seconds_arg(vm, "gmtime", args, nargs, kwnames, true, &tm) &&
         struct_time_from_tm(vm, &tm, result);
}

/* localtime([seconds]) */
static bool time_localtime(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  struct tm tm;
  return seconds_arg(vm, "localtime", args, nargs, kwnames, false, &tm) &&
         struct_time_from_tm(vm, &tm, result);
}

/* ---- asctime, ctime, mktime ------------------------------------------------
 */

/* [*out] = the asctime text of [tm]: "Sat Nov 21 23:40:00 2026". */
static bool format_asctime(EddyVM *vm, const struct tm *tm, Value *out) {
  static const char days[7][4] = {"Sun", "Mon", "Tue", "Wed",
                                  "Thu", "Fri", "Sat"};
  static const char months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char text[64];
  int n =
      snprintf(text, sizeof text, "%s %s%3d %.2d:%.2d:%.2d %lld",
               days[tm->tm_wday], months[tm->tm_mon], tm->tm_mday, tm->tm_hour,
               tm->tm_min, tm->tm_sec, (long long)tm->tm_year + 1900);
  return mod_new_str(vm, text, (size_t)n, out);
}

/* The local time now, broken down. */
static bool local_now(EddyVM *vm, struct tm *tm) {
  return break_down(vm, time(NULL), false, tm);
}

/* asctime([t]) */
static bool time_asctime(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  struct tm tm;
  if (!native_no_kwargs(vm, "asctime", kwnames) ||
      !native_check_count(vm, "asctime", nargs, 0, 1)) {
    return false;
  }
  bool ok = nargs == 0 ? local_now(vm, &tm)
                       : tm_from_tuple(vm, args[0], "asctime", &tm) &&
                             check_tm(vm, &tm);
  return ok && format_asctime(vm, &tm, result);
}

/* ctime([seconds]) */
static bool time_ctime(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  struct tm tm;
  return seconds_arg(vm, "ctime", args, nargs, kwnames, false, &tm) &&
         format_asctime(vm, &tm, result);
}

/* mktime(t, /): the local time tuple [t] as seconds since the epoch. */
static bool time_mktime(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  struct tm tm;
  if (!native_no_kwargs(vm, "time.mktime", kwnames) ||
      !native_check_count(vm, "time.mktime", nargs, 1, 1) ||
      !tm_from_tuple(vm, args[0], "mktime", &tm)) {
    return false;
  }
  tm.tm_wday = -1; /* mktime sets it on success */
  time_t t = mktime(&tm);
  if (t == (time_t)-1 && tm.tm_wday == -1) {
    return vm_raise(vm, vm->exc.OverflowError, "mktime argument out of range");
  }
  *result = FLOAT_VAL((double)t);
  return true;
}

/* ---- strftime ---------------------------------------------------------------
 */

/* Formats [tm] with the C library's strftime, growing the buffer until
 * the text fits (or the format evidently produces nothing). */
static bool format_strftime(EddyVM *vm, const char *format, size_t flen,
                            const struct tm *tm, Value *result) {
  for (size_t size = 1024;; size += size) {
    char *buf = malloc(size);
    if (!buf) return vm_raise_memory(vm);
    size_t n = strftime(buf, size, format, tm);
    if (n > 0 || size >= 256 * flen) {
      bool ok = mod_new_str(vm, buf, n, result);
      free(buf);
      return ok;
    }
    free(buf);
  }
}

/* Reads strftime's arguments: the format, then [tm] from the tuple or
 * the local time now. */
static bool strftime_args(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          struct tm *tm) {
  if (!native_no_kwargs(vm, "strftime", kwnames)) return false;
  if (nargs < 1 || nargs > 2) {
    return vm_raise(vm, vm->exc.TypeError, "strftime() takes at %s (%d given)",
                    nargs < 1 ? "least 1 argument" : "most 2 arguments", nargs);
  }
  if (!IS_STR(args[0])) {
    return vm_raise(vm, vm->exc.TypeError,
                    "strftime() argument 1 must be str, not %s",
                    vm_type_name(vm, args[0]));
  }
  if (nargs == 1) return local_now(vm, tm);
  if (!tm_from_tuple(vm, args[1], "strftime", tm) || !check_tm(vm, tm)) {
    return false;
  }
  if (tm->tm_isdst < -1)
    tm->tm_isdst = -1;
  else if (tm->tm_isdst > 1)
    tm->tm_isdst = 1;
  return true;
}

/* strftime(format[, t]) */
static bool time_strftime(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  struct tm tm;
  if (!strftime_args(vm, args, nargs, kwnames, &tm)) return false;
  ObjStr *format = AS_STR(args[0]);
  if (strlen(format->chars) != format->length) {
    return vm_raise(vm, vm->exc.ValueError, "embedded null character");
  }
  if (format->length == 0) return mod_new_str(vm, "", 0, result);
  return format_strftime(vm, format->chars, format->length, &tm, result);
}

/* ---- the module -------------------------------------------------------------
 */

/* The zone name and UTC offset (seconds east) of local time at [t]. */
static void zone_at(time_t t, char name[16], long *offset) {
  struct tm tm;
  if (!localtime_r(&t, &tm)) {
    snprintf(name, 16, "UTC");
    *offset = 0;
    return;
  }
  snprintf(name, 16, "%s", tm.tm_zone ? tm.tm_zone : "");
  *offset = tm.tm_gmtoff;
}

/* Sets timezone, altzone, daylight and tzname from the local zone in
 * January and July of this year, as CPython's init_timezone does. */
static bool define_zone(EddyVM *vm, ObjModule *module) {
  const time_t year = (365 * 24 + 6) * 3600;
  tzset();
  time_t t = (time(NULL) / year) * year;
  char jan[16], jul[16];
  long jan_off, jul_off;
  zone_at(t, jan, &jan_off);
  zone_at(t + year / 2, jul, &jul_off);
  bool south = -jan_off < -jul_off; /* DST in the southern hemisphere */
  Value names[2];
  if (!mod_new_str(vm, south ? jul : jan, strlen(south ? jul : jan),
                   &names[0])) {
    return false;
  }
  gc_push_root(vm, names[0]);
  bool ok =
      mod_new_str(vm, south ? jan : jul, strlen(south ? jan : jul), &names[1]);
  ObjTuple *tzname = ok ? tuple_pack2(vm, names[0], names[1]) : NULL;
  gc_pop_roots(vm, 1);
  return tzname && mod_set_value(vm, module, "tzname", OBJ_VAL(tzname)) &&
         mod_set_value(vm, module, "timezone",
                       INT_VAL(south ? -jul_off : -jan_off)) &&
         mod_set_value(vm, module, "altzone",
                       INT_VAL(south ? -jan_off : -jul_off)) &&
         mod_set_value(vm, module, "daylight", INT_VAL(jan_off != jul_off));
}

static const ModuleFunction time_functions[] = {
    {"time", time_time},
    {"time_ns", time_time_ns},
    {"monotonic", time_monotonic},
    {"monotonic_ns", time_monotonic_ns},
    {"perf_counter", time_perf_counter},
    {"perf_counter_ns", time_perf_counter_ns},
    {"process_time", time_process_time},
    {"process_time_ns", time_process_time_ns},
    {"sleep", time_sleep},
    {"gmtime", time_gmtime},
    {"localtime", time_localtime},
    {"asctime", time_asctime},
    {"ctime", time_ctime},
    {"mktime", time_mktime},
    {"strftime", time_strftime},
};

bool mod_time_init(EddyVM *vm, ObjModule *module) {
  ObjClass *cls =
      structseq_new_class(vm, "time", "struct_time", struct_time_fields, 9, 11);
  return cls && mod_set_value(vm, module, "struct_time", OBJ_VAL(cls)) &&
         mod_define_functions(vm, module, time_functions,
                              sizeof time_functions /
                                  sizeof time_functions[0]) &&
         define_zone(vm, module);
}
