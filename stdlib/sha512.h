/* sha512.h: the SHA-512 hash (FIPS 180-4).
 *
 * random.seed() turns a str or bytes seed into an int through SHA-512, as
 * CPython 3.11 does (version 2 seeding), so that random.seed("spam")
 * gives CPython's sequence. This is a plain one-shot implementation: the
 * whole message in, the 64-byte digest out.
 */
#ifndef EDDY_SHA512_H
#define EDDY_SHA512_H

#include <stddef.h>
#include <stdint.h>

/* Bytes in a SHA-512 digest. */
#define SHA512_DIGEST_SIZE 64

/* Writes the SHA-512 digest of the [len] bytes at [data] to [digest]. */
void sha512_digest(const void *data, size_t len,
                   uint8_t digest[SHA512_DIGEST_SIZE]);

#endif
