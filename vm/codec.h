/* codec.h: text encodings, for str.encode, bytes.decode and str(bytes,
 * encoding).
 *
 * Eddy knows the three codecs scripts reach for: UTF-8 (its own string
 * representation), ASCII and Latin-1, under the names and aliases Python
 * accepts for them ("utf8", "UTF-8", "latin1", "iso-8859-1", "us-ascii",
 * ...). Any other name raises LookupError "unknown encoding: cp1252".
 *
 * Errors follow CPython's codecs to the message: a UnicodeDecodeError
 * names the codec, the byte or range of bytes and the reason ("invalid
 * start byte", "invalid continuation byte", "unexpected end of data",
 * "ordinal not in range(128)"), where UTF-8 decoding splits a malformed
 * sequence into the same maximal pieces CPython does, so that "replace"
 * puts the same number of U+FFFD characters. A UnicodeEncodeError names
 * the run of characters the codec cannot encode. The error handlers are
 * strict, ignore, replace, backslashreplace and surrogateescape; any other
 * name raises LookupError when an error actually occurs, as in CPython.
 */
#ifndef EDDY_CODEC_H
#define EDDY_CODEC_H

#include "vm/vm.h"

/* [*out] = a new bytes object: [s] encoded with [encoding] under the
 * error handler [errors]. */
bool codec_encode(EddyVM *vm, ObjStr *s, const char *encoding,
                  const char *errors, Value *out) MUST_CHECK;

/* [*out] = a new str: the [len] bytes at [data] decoded with [encoding]
 * under the error handler [errors]. */
bool codec_decode(EddyVM *vm, const char *data, size_t len,
                  const char *encoding, const char *errors,
                  Value *out) MUST_CHECK;

#endif
