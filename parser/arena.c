#include "parser/arena.h"

#include <string.h>

#define ARENA_BLOCK_SIZE (64 * 1024)

struct ArenaBlock {
  ArenaBlock *next; /* the block allocated before this one */
  size_t used;      /* bytes of [data] handed out */
  size_t size;      /* bytes of [data] */
  max_align_t data[]; /* the memory, aligned for any type */
};

void arena_init(Arena *arena) { arena->head = NULL; }

/* Adds a block able to hold at least [size] bytes. */
static ArenaBlock *new_block(Arena *arena, size_t size) {
  size_t cap = size > ARENA_BLOCK_SIZE ? size : ARENA_BLOCK_SIZE;
  ArenaBlock *block = malloc(sizeof(ArenaBlock) + cap);
  if (!block) return NULL;
  block->next = arena->head;
  block->used = 0;
  block->size = cap;
  arena->head = block;
  return block;
}

void *arena_alloc(Arena *arena, size_t size) {
  const size_t align = sizeof(max_align_t);
  size = (size + align - 1) / align * align;
  if (size == 0) size = align;
  ArenaBlock *block = arena->head;
  if (!block || block->size - block->used < size) {
    block = new_block(arena, size);
    if (!block) return NULL;
  }
  void *p = (char *)block->data + block->used;
  block->used += size;
  memset(p, 0, size);
  return p;
}

char *arena_strndup(Arena *arena, const char *s, size_t n) {
  char *copy = arena_alloc(arena, n + 1);
  if (!copy) return NULL;
  memcpy(copy, s, n);
  copy[n] = '\0';
  return copy;
}

void arena_free(Arena *arena) {
  ArenaBlock *block = arena->head;
  while (block) {
    ArenaBlock *next = block->next;
    free(block);
    block = next;
  }
  arena->head = NULL;
}
