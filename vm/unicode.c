#include "vm/unicode.h"

#include "vm/unicode_tables.h"

/* The code point that stands for the undecodable byte [b]. */
#define ESCAPED_BYTE(b) (0xDC00u | (uint32_t)(b))

/* True for a UTF-8 continuation byte 10xxxxxx. */
static bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

/* For the lead byte [b] of a multi-byte sequence, sets its length and the
 * allowed range of the second byte (which rules out overlong forms and
 * code points past U+10FFFF); false when [b] cannot start a sequence. */
static bool lead_info(unsigned char b, size_t *n, unsigned char *lo,
                      unsigned char *hi) {
  *lo = 0x80;
  *hi = 0xBF;
  if (b >= 0xC2 && b <= 0xDF) {
    *n = 2;
  } else if (b >= 0xE0 && b <= 0xEF) {
    *n = 3;
    if (b == 0xE0) *lo = 0xA0;
  } else if (b >= 0xF0 && b <= 0xF4) {
    *n = 4;
    if (b == 0xF0) *lo = 0x90;
    if (b == 0xF4) *hi = 0x8F;
  } else {
    return false;
  }
  return true;
}

size_t unicode_decode(const char *s, size_t len, uint32_t *cp) {
  if (len == 0) return 0;
  const unsigned char *u = (const unsigned char *)s;
  size_t n;
  unsigned char lo, hi;
  if (u[0] < 0x80) {
    *cp = u[0];
    return 1;
  }
  *cp = ESCAPED_BYTE(u[0]);
  if (!lead_info(u[0], &n, &lo, &hi) || len < n) return 1;
  if (u[1] < lo || u[1] > hi) return 1;
  for (size_t i = 2; i < n; i++)
    if (!is_continuation(u[i])) return 1;
  uint32_t c = u[0] & (0x7F >> n);
  for (size_t i = 1; i < n; i++) c = (c << 6) | (u[i] & 0x3F);
  *cp = c;
  return n;
}

size_t unicode_encode(uint32_t cp, char out[UNICODE_MAX_UTF8]) {
  if (cp < 0x80) {
    out[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  if (cp >= UNICODE_LIMIT) return 0;
  out[0] = (char)(0xF0 | (cp >> 18));
  out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

size_t unicode_count(const char *s, size_t len) {
  size_t count = 0;
  uint32_t cp;
  for (size_t i = 0; i < len; count++) i += unicode_decode(s + i, len - i, &cp);
  return count;
}

bool unicode_valid_utf8(const char *s, size_t len) {
  uint32_t cp;
  for (size_t i = 0; i < len;) {
    i += unicode_decode(s + i, len - i, &cp);
    /* both encoded surrogates and escaped bytes land in the surrogates */
    if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  }
  return true;
}

/* The range of the [n] sorted disjoint [ranges] holding [cp], or NULL. */
static const UnicodeRange *find_range(const UnicodeRange *ranges, size_t n,
                                      uint32_t cp) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (cp < ranges[mid].start) {
      hi = mid;
    } else if (cp > ranges[mid].end) {
      lo = mid + 1;
    } else {
      return &ranges[mid];
    }
  }
  return NULL;
}

/* Expands to the predicate unicode_[fn] over the [table] ranges. */
#define DEFINE_PREDICATE(fn, table)                                            \
  bool unicode_##fn(uint32_t cp) {                                             \
    return find_range(unicode_##table##_ranges, unicode_##table##_count,       \
                      cp) != NULL;                                             \
  }

DEFINE_PREDICATE(isprintable, printable)
DEFINE_PREDICATE(isalpha, alpha)
DEFINE_PREDICATE(isdecimal, decimal)
DEFINE_PREDICATE(isdigit, digit)
DEFINE_PREDICATE(isnumeric, numeric)
DEFINE_PREDICATE(isspace, space)
DEFINE_PREDICATE(isupper, upper)
DEFINE_PREDICATE(islower, lower)
DEFINE_PREDICATE(istitle, title)
DEFINE_PREDICATE(is_id_start, id_start)
DEFINE_PREDICATE(is_id_continue, id_continue)
DEFINE_PREDICATE(is_cased, cased)
DEFINE_PREDICATE(is_case_ignorable, case_ignorable)

int unicode_decimal_value(uint32_t cp) {
  const UnicodeRange *range =
      find_range(unicode_decimal_ranges, unicode_decimal_count, cp);
  /* the generator checks that each range is whole blocks of 0..9 */
  return range ? (int)((cp - range->start) % 10) : -1;
}

/* Maps [cp] through the [n] sorted disjoint [runs]; unmapped code points
 * map to themselves. */
static uint32_t map_runs(const UnicodeCaseRun *runs, size_t n, uint32_t cp) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (cp < runs[mid].start) {
      hi = mid;
    } else if (cp > runs[mid].end) {
      lo = mid + 1;
    } else {
      if ((cp - runs[mid].start) % runs[mid].stride != 0) return cp;
      return (uint32_t)((int32_t)cp + runs[mid].delta);
    }
  }
  return cp;
}

uint32_t unicode_toupper(uint32_t cp) {
  return map_runs(unicode_upper_runs, unicode_upper_run_count, cp);
}

uint32_t unicode_tolower(uint32_t cp) {
  return map_runs(unicode_lower_runs, unicode_lower_run_count, cp);
}

uint32_t unicode_totitle(uint32_t cp) {
  return map_runs(unicode_title_runs, unicode_title_run_count, cp);
}

/* The special-case entry of [cp], or NULL when all its full mappings are
 * one code point long. */
static const UnicodeSpecialCase *find_special(uint32_t cp) {
  const UnicodeSpecialCase *t = unicode_special_cases;
  size_t lo = 0, hi = unicode_special_case_count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (cp < t[mid].cp) {
      hi = mid;
    } else if (cp > t[mid].cp) {
      lo = mid + 1;
    } else {
      return &t[mid];
    }
  }
  return NULL;
}

/* Writes the full mapping [kind] of [cp] into [out]; [runs] and [n] give
 * the one-code-point mapping used when [cp] has no special case. */
static int map_full(uint32_t cp, UnicodeCaseKind kind,
                    const UnicodeCaseRun *runs, size_t n,
                    uint32_t out[UNICODE_MAX_CASE]) {
  const UnicodeSpecialCase *special = find_special(cp);
  if (!special) {
    out[0] = map_runs(runs, n, cp);
    return 1;
  }
  int count = 0;
  while (count < UNICODE_MAX_CASE && special->map[kind][count] != 0) {
    out[count] = special->map[kind][count];
    count++;
  }
  return count;
}

int unicode_toupper_full(uint32_t cp, uint32_t out[UNICODE_MAX_CASE]) {
  return map_full(cp, UNICODE_CASE_UPPER, unicode_upper_runs,
                  unicode_upper_run_count, out);
}

int unicode_tolower_full(uint32_t cp, uint32_t out[UNICODE_MAX_CASE]) {
  return map_full(cp, UNICODE_CASE_LOWER, unicode_lower_runs,
                  unicode_lower_run_count, out);
}

int unicode_totitle_full(uint32_t cp, uint32_t out[UNICODE_MAX_CASE]) {
  return map_full(cp, UNICODE_CASE_TITLE, unicode_title_runs,
                  unicode_title_run_count, out);
}

int unicode_casefold_full(uint32_t cp, uint32_t out[UNICODE_MAX_CASE]) {
  return map_full(cp, UNICODE_CASE_FOLD, unicode_fold_runs,
                  unicode_fold_run_count, out);
}
