/* codec.c: the UTF-8, ASCII and Latin-1 codecs with CPython's error
 * handling. See codec.h. */
#include "vm/codec.h"

#include <ctype.h>
#include <string.h>

#include "vm/obj_bytes.h"
#include "vm/obj_str.h"
#include "vm/unicode.h"

/* The codecs Eddy has. */
typedef enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 } Codec;

/* The error handlers Eddy has. */
typedef enum {
  HANDLER_STRICT,
  HANDLER_IGNORE,
  HANDLER_REPLACE,
  HANDLER_BACKSLASH,  /* backslashreplace */
  HANDLER_SURROGATE,  /* surrogateescape */
  HANDLER_UNKNOWN,    /* raises LookupError once an error occurs */
} Handler;

/* The name each codec calls itself in messages. */
static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

/* One alias of a codec, in normalised spelling. */
typedef struct CodecAlias {
  const char *name; /* lower case, runs of punctuation made '_' */
  Codec codec;      /* the codec it names */
} CodecAlias;

static const CodecAlias aliases[] = {
    {"utf_8", CODEC_UTF8},         {"utf8", CODEC_UTF8},
    {"u8", CODEC_UTF8},            {"utf", CODEC_UTF8},
    {"utf8_ucs2", CODEC_UTF8},     {"utf8_ucs4", CODEC_UTF8},
    {"cp65001", CODEC_UTF8},       {"ascii", CODEC_ASCII},
    {"us_ascii", CODEC_ASCII},     {"646", CODEC_ASCII},
    {"us", CODEC_ASCII},           {"cp367", CODEC_ASCII},
    {"csascii", CODEC_ASCII},      {"ibm367", CODEC_ASCII},
    {"iso646_us", CODEC_ASCII},    {"iso_ir_6", CODEC_ASCII},
    {"ansi_x3.4_1968", CODEC_ASCII}, {"ansi_x3_4_1968", CODEC_ASCII},
    {"ansi_x3.4_1986", CODEC_ASCII}, {"iso_646.irv_1991", CODEC_ASCII},
    {"latin_1", CODEC_LATIN1},     {"latin1", CODEC_LATIN1},
    {"latin", CODEC_LATIN1},       {"l1", CODEC_LATIN1},
    {"iso8859_1", CODEC_LATIN1},   {"iso_8859_1", CODEC_LATIN1},
    {"iso8859", CODEC_LATIN1},     {"8859", CODEC_LATIN1},
    {"cp819", CODEC_LATIN1},       {"ibm819", CODEC_LATIN1},
    {"csisolatin1", CODEC_LATIN1}, {"iso_ir_100", CODEC_LATIN1},
    {"iso_8859_1_1987", CODEC_LATIN1},
};

/* Finds the codec [encoding] names, spelled as Python's
 * encodings.normalize_encoding reads names; LookupError otherwise. */
static bool find_codec(EddyVM *vm, const char *encoding, Codec *out) {
  char norm[64];
  size_t n = 0;
  bool gap = false;
  for (const char *p = encoding; *p && n < sizeof norm - 2; p++) {
    unsigned char c = (unsigned char)*p;
    if (isalnum(c) || c == '.') {
      if (gap && n > 0) norm[n++] = '_';
      norm[n++] = (char)tolower(c);
      gap = false;
    } else {
      gap = true;
    }
  }
  norm[n] = '\0';
  for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++) {
    if (strcmp(norm, aliases[i].name) == 0) {
      *out = aliases[i].codec;
      return true;
    }
  }
  return vm_raise(vm, vm->exc.LookupError, "unknown encoding: %s", encoding);
}

static Handler find_handler(const char *errors) {
  if (strcmp(errors, "strict") == 0) return HANDLER_STRICT;
  if (strcmp(errors, "ignore") == 0) return HANDLER_IGNORE;
  if (strcmp(errors, "replace") == 0) return HANDLER_REPLACE;
  if (strcmp(errors, "backslashreplace") == 0) return HANDLER_BACKSLASH;
  if (strcmp(errors, "surrogateescape") == 0) return HANDLER_SURROGATE;
  return HANDLER_UNKNOWN;
}

/* Raises LookupError for the handler name [errors]. */
static bool unknown_handler(EddyVM *vm, const char *errors) {
  return vm_raise(vm, vm->exc.LookupError, "unknown error handler name '%s'",
                  errors);
}

/* ---- decoding ------------------------------------------------------------ */

/* Where and why the bytes at [start, end) cannot be decoded. */
typedef struct DecodeError {
  size_t start;       /* first bad byte */
  size_t end;         /* one past the last */
  const char *reason; /* CPython's wording */
} DecodeError;

/* Measures the UTF-8 sequence at [pos] of the [len] bytes at [u]: its
 * length when valid (returns true), or the error CPython reports. */
static bool utf8_sequence(const unsigned char *u, size_t len, size_t pos,
                          size_t *n, DecodeError *err) {
  unsigned char b = u[pos];
  err->start = pos;
  err->end = pos + 1;
  err->reason = "invalid start byte";
  if (b < 0x80) return (*n = 1), true;
  unsigned char lo = 0x80, hi = 0xBF;
  size_t need;
  if (b >= 0xC2 && b <= 0xDF) {
    need = 2;
  } else if (b >= 0xE0 && b <= 0xEF) {
    need = 3;
    if (b == 0xE0) lo = 0xA0;
    if (b == 0xED) hi = 0x9F;
  } else if (b >= 0xF0 && b <= 0xF4) {
    need = 4;
    if (b == 0xF0) lo = 0x90;
    if (b == 0xF4) hi = 0x8F;
  } else {
    return false;
  }
  for (size_t i = 1; i < need; i++) {
    if (pos + i >= len) {
      err->end = len;
      err->reason = "unexpected end of data";
      return false;
    }
    unsigned char c = u[pos + i];
    if (i == 1 ? (c < lo || c > hi) : (c & 0xC0) != 0x80) {
      err->end = pos + i;
      err->reason = "invalid continuation byte";
      return false;
    }
  }
  *n = need;
  return true;
}

/* Raises UnicodeDecodeError for [err] in the input of codec [codec]. */
static bool decode_error(EddyVM *vm, Codec codec, const char *data,
                         const DecodeError *err) {
  if (err->end - err->start == 1)
    return vm_raise(vm, vm->exc.UnicodeDecodeError,
                    "'%s' codec can't decode byte 0x%02x in position %zu: "
                    "%s",
                    codec_names[codec], (unsigned char)data[err->start],
                    err->start, err->reason);
  return vm_raise(vm, vm->exc.UnicodeDecodeError,
                  "'%s' codec can't decode bytes in position %zu-%zu: %s",
                  codec_names[codec], err->start, err->end - 1, err->reason);
}

/* Appends the UTF-8 of [cp] to [out]. */
static bool put_cp(ByteBuf *out, uint32_t cp) {
  char text[UNICODE_MAX_UTF8];
  return buf_append(out, text, unicode_encode(cp, text));
}

/* Applies the handler [h] to the undecodable bytes [err] of [data],
 * appending what replaces them to [out]. */
static bool handle_decode(EddyVM *vm, Codec codec, Handler h,
                          const char *errors, const char *data,
                          const DecodeError *err, ByteBuf *out) {
  bool ok = true;
  switch (h) {
  case HANDLER_STRICT: return decode_error(vm, codec, data, err);
  case HANDLER_UNKNOWN: return unknown_handler(vm, errors);
  case HANDLER_IGNORE: break;
  case HANDLER_REPLACE: ok = put_cp(out, 0xFFFD); break;
  case HANDLER_BACKSLASH:
    for (size_t i = err->start; ok && i < err->end; i++)
      ok = buf_printf(out, "\\x%02x", (unsigned char)data[i]);
    break;
  case HANDLER_SURROGATE:
    for (size_t i = err->start; ok && i < err->end; i++)
      ok = put_cp(out, 0xDC00u | (unsigned char)data[i]);
    break;
  }
  return ok ? true : vm_raise_memory(vm);
}

/* Decodes with [codec]; the bytes of each error go to the handler. */
static bool decode_into(EddyVM *vm, Codec codec, const char *data,
                        size_t len, const char *errors, ByteBuf *out) {
  const unsigned char *u = (const unsigned char *)data;
  Handler h = find_handler(errors);
  for (size_t pos = 0; pos < len;) {
    size_t n = 1;
    DecodeError err = {pos, pos + 1, "ordinal not in range(128)"};
    bool valid = true;
    if (codec == CODEC_UTF8) {
      valid = utf8_sequence(u, len, pos, &n, &err);
    } else if (codec == CODEC_ASCII) {
      valid = u[pos] < 0x80;
    }
    bool ok;
    if (!valid) {
      if (!handle_decode(vm, codec, h, errors, data, &err, out)) return false;
      pos = err.end;
      continue;
    }
    ok = codec == CODEC_LATIN1 ? put_cp(out, u[pos])
                               : buf_append(out, data + pos, n);
    if (!ok) return vm_raise_memory(vm);
    pos += n;
  }
  return true;
}

bool codec_decode(EddyVM *vm, const char *data, size_t len,
                  const char *encoding, const char *errors, Value *out) {
  Codec codec;
  if (!find_codec(vm, encoding, &codec)) return false;
  ByteBuf buf;
  buf_init(&buf);
  bool ok = decode_into(vm, codec, data, len, errors, &buf) &&
            str_value_from_buf(vm, &buf, out);
  buf_free(&buf);
  return ok;
}

/* ---- encoding ------------------------------------------------------------ */

/* True when [codec] can encode [cp]. */
static bool encodable(Codec codec, uint32_t cp) {
  switch (codec) {
  case CODEC_UTF8: return cp < 0xD800 || cp > 0xDFFF;
  case CODEC_ASCII: return cp < 0x80;
  case CODEC_LATIN1: return cp < 0x100;
  }
  return false;
}

/* Appends the encoding of the encodable [cp] whose UTF-8 is the [n]
 * bytes at [s]. */
static bool put_encoded(ByteBuf *out, Codec codec, const char *s, size_t n,
                        uint32_t cp) {
  if (codec == CODEC_UTF8) return buf_append(out, s, n);
  return buf_putc(out, (char)(unsigned char)cp);
}

/* Raises UnicodeEncodeError for the characters [start, end) of [s]
 * (code point positions), [first] being the first of them. */
static bool encode_error(EddyVM *vm, Codec codec, size_t start, size_t end,
                         uint32_t first) {
  const char *reason = codec == CODEC_UTF8    ? "surrogates not allowed"
                       : codec == CODEC_ASCII ? "ordinal not in range(128)"
                                              : "ordinal not in range(256)";
  const char *name = codec_names[codec];
  ObjClass *cls = vm->exc.UnicodeEncodeError;
  if (end - start > 1)
    return vm_raise(vm, cls,
                    "'%s' codec can't encode characters in position "
                    "%zu-%zu: %s",
                    name, start, end - 1, reason);
  const char *fmt = first <= 0xff     ? "'%s' codec can't encode character "
                                        "'\\x%02x' in position %zu: %s"
                    : first <= 0xffff ? "'%s' codec can't encode character "
                                        "'\\u%04x' in position %zu: %s"
                                      : "'%s' codec can't encode character "
                                        "'\\U%08x' in position %zu: %s";
  return vm_raise(vm, cls, fmt, name, (unsigned)first, start, reason);
}

/* Appends what the handler [h] makes of one unencodable [cp]. */
static bool replace_cp(EddyVM *vm, Handler h, uint32_t cp,
                       bool *escaped, ByteBuf *out) {
  bool ok = true;
  *escaped = true;
  switch (h) {
  case HANDLER_IGNORE: break;
  case HANDLER_REPLACE: ok = buf_putc(out, '?'); break;
  case HANDLER_BACKSLASH:
    ok = cp <= 0xff     ? buf_printf(out, "\\x%02x", (unsigned)cp)
         : cp <= 0xffff ? buf_printf(out, "\\u%04x", (unsigned)cp)
                        : buf_printf(out, "\\U%08x", (unsigned)cp);
    break;
  case HANDLER_SURROGATE:
    /* only escaped bytes U+DC80..U+DCFF turn back into their byte */
    *escaped = cp >= 0xDC80 && cp <= 0xDCFF;
    if (*escaped) ok = buf_putc(out, (char)(cp & 0xFF));
    break;
  default: *escaped = false; break;
  }
  return ok ? true : vm_raise_memory(vm);
}

/* Encodes [s] with [codec] into [out]. A run of unencodable characters
 * goes to the handler, or into the error message under strict. */
static bool encode_into(EddyVM *vm, Codec codec, ObjStr *s,
                        const char *errors, ByteBuf *out) {
  Handler h = find_handler(errors);
  size_t index = 0;
  for (size_t pos = 0; pos < s->length;) {
    uint32_t cp;
    size_t n = unicode_decode(s->chars + pos, s->length - pos, &cp);
    if (encodable(codec, cp)) {
      if (!put_encoded(out, codec, s->chars + pos, n, cp))
        return vm_raise_memory(vm);
      pos += n;
      index++;
      continue;
    }
    if (h == HANDLER_UNKNOWN) return unknown_handler(vm, errors);
    bool escaped = false;
    if (h != HANDLER_STRICT &&
        !replace_cp(vm, h, cp, &escaped, out))
      return false;
    if (!escaped) {
      size_t end = index + 1, p = pos + n;
      uint32_t c;
      while (p < s->length) { /* the run CPython reports */
        size_t m = unicode_decode(s->chars + p, s->length - p, &c);
        if (encodable(codec, c)) break;
        p += m;
        end++;
      }
      return encode_error(vm, codec, index, end, cp);
    }
    pos += n;
    index++;
  }
  return true;
}

bool codec_encode(EddyVM *vm, ObjStr *s, const char *encoding,
                  const char *errors, Value *out) {
  Codec codec;
  if (!find_codec(vm, encoding, &codec)) return false;
  if (str_is_ascii(s)) {
    ObjBytes *b = bytes_new(vm, s->chars, s->length);
    if (!b) return false;
    *out = OBJ_VAL(b);
    return true;
  }
  ByteBuf buf;
  buf_init(&buf);
  bool ok = encode_into(vm, codec, s, errors, &buf);
  if (ok) {
    ObjBytes *b = bytes_new(vm, buf.data ? buf.data : "", buf.len);
    ok = b != NULL;
    if (ok) *out = OBJ_VAL(b);
  }
  buf_free(&buf);
  return ok;
}
