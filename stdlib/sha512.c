/* sha512.c: the SHA-512 hash (see sha512.h). */
#include "stdlib/sha512.h"

#include <string.h>

/* The round constants: the first 64 bits of the fractional parts of the
 * cube roots of the first 80 primes. */
static const uint64_t round_constants[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL,
    0xe9b5dba58189dbbcULL, 0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL,
    0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL, 0xd807aa98a3030242ULL,
    0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL,
    0xc19bf174cf692694ULL, 0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL,
    0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL, 0x2de92c6f592b0275ULL,
    0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL,
    0xbf597fc7beef0ee4ULL, 0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL,
    0x06ca6351e003826fULL, 0x142929670a0e6e70ULL, 0x27b70a8546d22ffcULL,
    0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL,
    0x92722c851482353bULL, 0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL,
    0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL, 0xd192e819d6ef5218ULL,
    0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL,
    0x34b0bcb5e19b48a8ULL, 0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL,
    0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL, 0x748f82ee5defb2fcULL,
    0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL,
    0xc67178f2e372532bULL, 0xca273eceea26619cULL, 0xd186b8c721c0c207ULL,
    0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL, 0x06f067aa72176fbaULL,
    0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL,
    0x431d67c49c100d4cULL, 0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL,
    0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

/* The initial hash value: the first 64 bits of the fractional parts of
 * the square roots of the first 8 primes. */
static const uint64_t initial_state[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
    0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
    0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};

/* [x] rotated right by [n] bits. */
static uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

/* The 64-bit big-endian word at [p]. */
static uint64_t load_be64(const uint8_t *p) {
  uint64_t v = 0;
  for (int i = 0; i < 8; i++) v = (v << 8) | p[i];
  return v;
}

/* Expands the 128-byte [block] into the message schedule [w]. */
static void schedule(const uint8_t *block, uint64_t w[80]) {
  for (int t = 0; t < 16; t++) w[t] = load_be64(block + 8 * t);
  for (int t = 16; t < 80; t++) {
    uint64_t s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
    uint64_t s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
    w[t] = w[t - 16] + s0 + w[t - 7] + s1;
  }
}

/* Mixes one 128-byte [block] into [state]. */
static void compress(uint64_t state[8], const uint8_t *block) {
  uint64_t w[80], v[8];
  schedule(block, w);
  memcpy(v, state, sizeof v);
  for (int t = 0; t < 80; t++) {
    uint64_t s1 = rotr(v[4], 14) ^ rotr(v[4], 18) ^ rotr(v[4], 41);
    uint64_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
    uint64_t t1 = v[7] + s1 + ch + round_constants[t] + w[t];
    uint64_t s0 = rotr(v[0], 28) ^ rotr(v[0], 34) ^ rotr(v[0], 39);
    uint64_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
    memmove(v + 1, v, 7 * sizeof v[0]);
    v[4] += t1;
    v[0] = t1 + s0 + maj;
  }
  for (int i = 0; i < 8; i++) state[i] += v[i];
}

void sha512_digest(const void *data, size_t len,
                   uint8_t digest[SHA512_DIGEST_SIZE]) {
  uint64_t state[8];
  memcpy(state, initial_state, sizeof state);
  const uint8_t *p = data;
  size_t full = len / 128 * 128;
  for (size_t i = 0; i < full; i += 128) compress(state, p + i);
  /* Padding: 0x80, zeros, and the bit length in the last 16 bytes. */
  uint8_t tail[256] = {0};
  size_t rest = len - full;
  memcpy(tail, p + full, rest);
  tail[rest] = 0x80;
  size_t tail_len = rest + 1 + 16 <= 128 ? 128 : 256;
  uint64_t bits = (uint64_t)len * 8;
  for (int i = 0; i < 8; i++)
    tail[tail_len - 1 - i] = (uint8_t)(bits >> (8 * i));
  tail[tail_len - 9] |= (uint8_t)((uint64_t)len >> 61); /* high bits of len*8 */
  for (size_t i = 0; i < tail_len; i += 128) compress(state, tail + i);
  for (int i = 0; i < 8; i++) {
    for (int b = 0; b < 8; b++)
      digest[8 * i + b] = (uint8_t)(state[i] >> (56 - 8 * b));
  }
}
