/* arena.h: the bump allocator that owns a parse's AST.
 *
 * Every AST node, list and decoded string of one parse lives in one Arena
 * and is freed at once when the compiler is done with the tree: no node
 * needs its own destructor, and an error half-way through a parse leaks
 * nothing. Allocation returns NULL when memory runs out; the parser then
 * reports a MemoryError-style diagnostic.
 */
#ifndef EDDY_ARENA_H
#define EDDY_ARENA_H

#include "vm/common.h"

typedef struct ArenaBlock ArenaBlock;

typedef struct Arena {
  ArenaBlock *head; /* most recent block; older ones chained behind it */
} Arena;

void arena_init(Arena *arena);
/* Returns [size] zeroed bytes aligned for any type, or NULL. */
void *arena_alloc(Arena *arena, size_t size);
/* Copies [n] bytes of [s] and a terminating NUL into the arena, or NULL. */
char *arena_strndup(Arena *arena, const char *s, size_t n);
/* Frees every block of [arena]; it may be reused after arena_init. */
void arena_free(Arena *arena);

#endif
