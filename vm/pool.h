/* pool.h: size-class allocation of small heap objects.
 *
 * Most objects a program makes are small and short-lived (strings of a
 * few characters, bound methods, iterators, tuples). Going to malloc for
 * each, and back to free when the sweep finds it dead, costs more than
 * the work the object does. The pool hands out blocks in multiples of 8
 * bytes up to 256. Blocks come from 16 KiB pages, each holding blocks of
 * one size with its own free list, so allocating is a pop and freeing a
 * push; pages come from 1 MiB arenas. A page whose blocks are all free
 * returns to the arena's free pages, where any size can take it, and an
 * arena whose pages are all free goes back to the system (one is kept
 * for reuse). Blocks allocated together sit together, which also
 * shortens the collector's walk of the heap.
 *
 * Each object records its size class in its header (0: allocated with
 * malloc, too big for the pool). Under AddressSanitizer every object goes
 * to malloc, so use-after-free stays detectable.
 */
#ifndef EDDY_POOL_H
#define EDDY_POOL_H

#include <stddef.h>
#include <stdint.h>

#include "vm/common.h"

#define POOL_GRANULE 8
#define POOL_CLASSES 32 /* blocks of 8, 16, ..., 256 bytes */

typedef struct PoolPage PoolPage;
typedef struct PoolArena PoolArena;

typedef struct Pool {
  PoolPage *partial[POOL_CLASSES + 1]; /* pages of each class (1-based)
                                          with a free block */
  PoolPage *free_pages;                /* empty pages of every arena */
  PoolArena *spare_arena;              /* an empty arena kept for reuse */
} Pool;

/* A block of at least [size] bytes; its class goes to [*size_class] (0
 * when it came from malloc). NULL when memory runs out. */
void *pool_alloc(Pool *pool, size_t size, uint8_t *size_class);

/* Returns the block [p] of class [size_class] (0: it is free()d). */
void pool_free(Pool *pool, void *p, uint8_t size_class);

/* Frees what the pool still holds; every block must have been freed. */
void pool_release(Pool *pool);

#endif
