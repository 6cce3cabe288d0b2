/* test_random.c: the random module's generator and SHA-512, from C.
 *
 * The generator must draw exactly CPython's numbers, so every expected
 * value here was printed by CPython 3.11 (random.seed(n) seeds from the
 * 32-bit words of n, least significant first; random.Random._randbelow
 * gives the bounded draws). The script tests (tests/scripts/mod_random_*)
 * check the same from Python.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "stdlib/mod_random.h"
#include "stdlib/sha512.h"

/* Seeds [rs] as random.seed([n]) does for a non-negative [n] < 2**64. */
static void seed_u64(RandomState *rs, uint64_t n) {
  uint32_t key[2] = {(uint32_t)n, (uint32_t)(n >> 32)};
  random_seed_words(rs, key, n >> 32 ? 2 : 1);
}

Test(random, doubles_after_seed_42) {
  RandomState rs;
  seed_u64(&rs, 42);
  cr_assert_eq(random_next_double(&rs), 0.6394267984578837);
  cr_assert_eq(random_next_double(&rs), 0.025010755222666936);
  cr_assert_eq(random_next_double(&rs), 0.27502931836911926);
}

Test(random, words_after_seed_42) {
  static const uint32_t expected[] = {2746317213u, 478163327u, 107420369u,
                                      3184935163u, 1181241943u};
  RandomState rs;
  seed_u64(&rs, 42);
  for (int i = 0; i < 5; i++) cr_assert_eq(random_next32(&rs), expected[i]);
}

Test(random, seed_zero_and_two_word_seeds) {
  RandomState rs;
  seed_u64(&rs, 0);
  cr_assert_eq(random_next_double(&rs), 0.8444218515250481);
  seed_u64(&rs, ((uint64_t)1 << 32) + 5);
  cr_assert_eq(random_next_double(&rs), 0.15727238718789782);
}

Test(random, three_word_seed) {
  /* random.Random(2**64 + 3 * 2**32 + 1).getrandbits(32) */
  static const uint32_t key[] = {1, 3, 1};
  RandomState rs;
  random_seed_words(&rs, key, 3);
  cr_assert_eq(random_next32(&rs), 1921496804u);
}

Test(random, getrandbits) {
  RandomState rs;
  seed_u64(&rs, 12345);
  cr_assert_eq(random_bits64(&rs, 64), 13515657874892102023ull);
  cr_assert_eq(random_bits64(&rs, 40), 897691841093ull);
  cr_assert_eq(random_bits64(&rs, 1), 1);
  cr_assert_eq(random_bits64(&rs, 0), 0);
}

Test(random, randbelow) {
  static const uint64_t bounds[] = {
      1,         2, 3, 10, 1000, (uint64_t)1 << 40, ((uint64_t)1 << 63) + 3,
      UINT64_MAX};
  static const uint64_t expected[] = {0,
                                      0,
                                      1,
                                      0,
                                      74,
                                      803563169809ull,
                                      1069891289537943645ull,
                                      9360537168593968532ull};
  RandomState rs;
  seed_u64(&rs, 7);
  for (int i = 0; i < 8; i++) {
    cr_assert_eq(random_below64(&rs, bounds[i]), expected[i], "n=%llu",
                 (unsigned long long)bounds[i]);
  }
}

Test(random, regeneration_after_624_words) {
  RandomState rs;
  seed_u64(&rs, 99);
  for (int i = 0; i < 1000; i++) random_next_double(&rs);
  cr_assert_eq(random_next_double(&rs), 0.7806087097699812);
}

/* The hex text of the SHA-512 of the [len] bytes at [data]. */
static void sha_hex(const char *data, size_t len, char hex[129]) {
  uint8_t digest[SHA512_DIGEST_SIZE];
  sha512_digest(data, len, digest);
  for (int i = 0; i < SHA512_DIGEST_SIZE; i++) {
    snprintf(hex + 2 * i, 3, "%02x", digest[i]);
  }
}

Test(random, sha512) {
  char hex[129];
  sha_hex("abc", 3, hex);
  cr_assert_str_eq(hex,
                   "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b"
                   "55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9a"
                   "c94fa54ca49f");
  char many[200];
  memset(many, 'a', sizeof many);
  sha_hex(many, sizeof many, hex);
  cr_assert_str_eq(hex,
                   "4b11459c33f52a22ee8236782714c150a3b2c60994e9acee17fe68947a"
                   "3e6789f31e7668394592da7bef827cddca88c4e6f86e4df7ed1ae6cba7"
                   "1f3e98faee9f");
}
