/* pool.c: size-class allocation of small heap objects in pages. */
#include "vm/pool.h"

#include <stdlib.h>
#include <sys/mman.h>

/* Bytes of a page, header included; pages are aligned to their size so
 * a block finds its page by masking its address. */
#define PAGE_BYTES ((size_t)16 * 1024)
/* Pages of an arena. */
#define ARENA_PAGES 64

struct PoolArena {
  char *base;      /* its ARENA_PAGES pages (mapped from the system) */
  int free_pages;  /* pages of it in the pool's free-page list */
};

struct PoolPage {
  PoolPage *prev;     /* neighbours in a partial list or the free pages */
  PoolPage *next;
  PoolArena *arena;   /* the arena it belongs to */
  void *free;         /* freed blocks, linked through their first word */
  char *bump;         /* the first never-used block */
  char *end;          /* the end of the page's last whole block */
  uint32_t live;      /* blocks handed out and not freed */
  uint8_t size_class; /* the class of its blocks; 0 while the page is free */
  bool listed;        /* in its class's partial list */
};

/* Where the blocks of a page begin. */
#define PAGE_HEADER ((sizeof(PoolPage) + 15) & ~(size_t)15)

/* Under AddressSanitizer every block comes from malloc. */
#if defined(__SANITIZE_ADDRESS__)
#define POOL_DISABLED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define POOL_DISABLED 1
#endif
#endif
#ifdef POOL_DISABLED
static const bool pool_disabled = true;
#else
static const bool pool_disabled = false;
#endif

/* ---- lists ---------------------------------------------------------------- */

/* Puts [page] at the head of the list [*head]. */
static void link_page(PoolPage **head, PoolPage *page) {
  page->prev = NULL;
  page->next = *head;
  if (*head) (*head)->prev = page;
  *head = page;
}

/* Takes [page] out of the list [*head]. */
static void unlink_page(PoolPage **head, PoolPage *page) {
  if (page->prev) page->prev->next = page->next;
  else *head = page->next;
  if (page->next) page->next->prev = page->prev;
  page->prev = page->next = NULL;
}

/* ---- arenas and pages ------------------------------------------------------ */

/* The page [i] of [arena]. */
static PoolPage *arena_page(PoolArena *arena, int i) {
  return (PoolPage *)(arena->base + (size_t)i * PAGE_BYTES);
}

/* Maps ARENA_PAGES pages aligned to PAGE_BYTES straight from the
 * system (not from malloc's heap, so releasing them returns the memory);
 * NULL when that fails. */
static char *map_arena(void) {
  size_t bytes = PAGE_BYTES * ARENA_PAGES;
  char *raw = mmap(NULL, bytes + PAGE_BYTES, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return NULL;
  uintptr_t mask = (uintptr_t)(PAGE_BYTES - 1);
  uintptr_t start = ((uintptr_t)raw + mask) & ~mask;
  size_t head = start - (uintptr_t)raw;
  if (head) munmap(raw, head);
  size_t tail = PAGE_BYTES - head;
  if (tail) munmap((char *)start + bytes, tail);
  return (char *)start;
}

/* Returns an arena's pages and bookkeeping to the system. */
static void unmap_arena(PoolArena *arena) {
  munmap(arena->base, PAGE_BYTES * ARENA_PAGES);
  free(arena);
}

/* Adds the pages of a new (or the spare) arena to the free pages. */
static bool grow(Pool *pool) {
  PoolArena *arena = pool->spare_arena;
  pool->spare_arena = NULL;
  if (!arena) {
    arena = malloc(sizeof(PoolArena));
    if (!arena) return false;
    arena->base = map_arena();
    if (!arena->base) {
      free(arena);
      return false;
    }
  }
  for (int i = 0; i < ARENA_PAGES; i++) {
    PoolPage *page = arena_page(arena, i);
    page->arena = arena;
    page->size_class = 0;
    link_page(&pool->free_pages, page);
  }
  arena->free_pages = ARENA_PAGES;
  return true;
}

/* Gives the arena back when [page] was the last of its pages in use. */
static void maybe_release_arena(Pool *pool, PoolArena *arena) {
  if (arena->free_pages < ARENA_PAGES) return;
  for (int i = 0; i < ARENA_PAGES; i++) {
    unlink_page(&pool->free_pages, arena_page(arena, i));
  }
  if (!pool->spare_arena) {
    pool->spare_arena = arena;
    return;
  }
  unmap_arena(arena);
}

/* A page for blocks of class [k], in that class's partial list. */
static PoolPage *new_page(Pool *pool, unsigned k) {
  if (!pool->free_pages && !grow(pool)) return NULL;
  PoolPage *page = pool->free_pages;
  unlink_page(&pool->free_pages, page);
  page->arena->free_pages--;
  size_t block = (size_t)k * POOL_GRANULE;
  size_t blocks = (PAGE_BYTES - PAGE_HEADER) / block;
  page->free = NULL;
  page->bump = (char *)page + PAGE_HEADER;
  page->end = page->bump + blocks * block;
  page->live = 0;
  page->size_class = (uint8_t)k;
  link_page(&pool->partial[k], page);
  page->listed = true;
  return page;
}

/* Returns the now empty [page] to its arena's free pages. */
static void retire_page(Pool *pool, PoolPage *page) {
  unlink_page(&pool->partial[page->size_class], page);
  page->listed = false;
  page->size_class = 0;
  link_page(&pool->free_pages, page);
  page->arena->free_pages++;
  maybe_release_arena(pool, page->arena);
}

/* ---- blocks ------------------------------------------------------------------ */

/* The class of a block of [size] bytes: 1 for 1..8, 2 for 9..16, ... */
static unsigned class_of(size_t size) {
  return (unsigned)((size + POOL_GRANULE - 1) / POOL_GRANULE);
}

/* A block of [page]; the page leaves its partial list with its last. */
static void *take_block(Pool *pool, PoolPage *page) {
  void *p = page->free;
  if (p) {
    page->free = *(void **)p;
  } else {
    p = page->bump;
    page->bump += (size_t)page->size_class * POOL_GRANULE;
  }
  page->live++;
  if (!page->free && page->bump == page->end) {
    unlink_page(&pool->partial[page->size_class], page);
    page->listed = false;
  }
  return p;
}

void *pool_alloc(Pool *pool, size_t size, uint8_t *size_class) {
  unsigned k = class_of(size);
  if (pool_disabled || size == 0 || k > POOL_CLASSES) {
    *size_class = 0;
    return malloc(size);
  }
  PoolPage *page = pool->partial[k];
  if (!page && !(page = new_page(pool, k))) return NULL;
  *size_class = (uint8_t)k;
  return take_block(pool, page);
}

void pool_free(Pool *pool, void *p, uint8_t size_class) {
  if (size_class == 0) {
    free(p);
    return;
  }
  PoolPage *page =
      (PoolPage *)((uintptr_t)p & ~(uintptr_t)(PAGE_BYTES - 1));
  *(void **)p = page->free;
  page->free = p;
  page->live--;
  if (!page->listed) {
    link_page(&pool->partial[page->size_class], page);
    page->listed = true;
  }
  if (page->live == 0) retire_page(pool, page);
}

void pool_release(Pool *pool) {
  if (pool->spare_arena) {
    unmap_arena(pool->spare_arena);
    pool->spare_arena = NULL;
  }
}
