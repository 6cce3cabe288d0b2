/* list_sort.c: list.sort, a stable natural merge sort.
 *
 * The sort permutes an array of item numbers rather than the items, so
 * that keys and items (both held in GC-visible lists) never move while
 * comparisons run script code: a comparison may allocate, collect, raise
 * or change the list. When a comparison fails, the merge in progress
 * copies its pending numbers back before returning, so the array is
 * always a permutation and the list is rebuilt whole.
 *
 * The algorithm: split the input into runs that are already ascending
 * (or strictly descending, then reversed in place, which keeps the sort
 * stable), extend short runs to MIN_RUN items with binary insertion, then
 * merge neighbouring runs pairwise until one remains. Sorted input costs
 * n - 1 comparisons. reverse=True sorts the reversed input and reverses
 * the result, as CPython does, so equal items keep their order.
 *
 * Lists whose keys are all ints, all floats or all exact strs are
 * compared directly in C without going through value_less.
 */
#include <string.h>

#include "vm/gc.h"
#include "vm/obj_list.h"

/* Runs shorter than this are extended by binary insertion. */
#define MIN_RUN 32

/* How keys are compared. */
typedef enum {
  CMP_GENERIC, /* value_less */
  CMP_INT,     /* all VAL_INT */
  CMP_FLOAT,   /* all VAL_FLOAT */
  CMP_STR,     /* all exact str: byte order is code point order */
} CompareKind;

/* The state of one sort. */
typedef struct Sorter {
  EddyVM *vm;        /* the interpreter, for value_less */
  const Value *keys; /* the key of each item number */
  CompareKind kind;  /* how to compare keys */
  size_t *perm;      /* the item numbers being sorted */
  size_t *scratch;   /* room for a left run during merges */
} Sorter;

/* [*out] = keys[a] < keys[b]. */
static bool less(Sorter *s, size_t a, size_t b, bool *out) {
  Value x = s->keys[a], y = s->keys[b];
  switch (s->kind) {
  case CMP_INT: *out = AS_INT(x) < AS_INT(y); return true;
  case CMP_FLOAT: *out = AS_FLOAT(x) < AS_FLOAT(y); return true;
  case CMP_STR: {
    ObjStr *p = AS_STR(x), *q = AS_STR(y);
    size_t n = p->length < q->length ? p->length : q->length;
    int c = memcmp(p->chars, q->chars, n);
    *out = c < 0 || (c == 0 && p->length < q->length);
    return true;
  }
  case CMP_GENERIC: break;
  }
  return value_less(s->vm, x, y, out);
}

/* Picks the cheapest comparison that is valid for every key. */
static CompareKind compare_kind(EddyVM *vm, const Value *keys, size_t n) {
  if (n == 0) return CMP_GENERIC;
  bool ints = true, floats = true, strs = true;
  for (size_t i = 0; i < n; i++) {
    ints = ints && IS_INT(keys[i]);
    floats = floats && IS_FLOAT(keys[i]);
    strs = strs && IS_STR(keys[i]) && AS_OBJ(keys[i])->cls == vm->types.str;
  }
  return ints ? CMP_INT : floats ? CMP_FLOAT : strs ? CMP_STR : CMP_GENERIC;
}

/* Reverses perm[lo, hi). */
static void reverse_range(size_t *perm, size_t lo, size_t hi) {
  for (; lo + 1 < hi; lo++, hi--) {
    size_t t = perm[lo];
    perm[lo] = perm[hi - 1];
    perm[hi - 1] = t;
  }
}

/* Length of the run starting at [lo] (before [hi]) in [*len]; a strictly
 * descending run is reversed in place. */
static bool count_run(Sorter *s, size_t lo, size_t hi, size_t *len) {
  size_t i = lo + 1;
  if (i == hi) {
    *len = 1;
    return true;
  }
  bool lt;
  if (!less(s, s->perm[i], s->perm[lo], &lt)) return false;
  bool descending = lt;
  for (i++; i < hi; i++) {
    if (!less(s, s->perm[i], s->perm[i - 1], &lt)) return false;
    if (lt != descending) break;
  }
  if (descending) reverse_range(s->perm, lo, i);
  *len = i - lo;
  return true;
}

/* Binary insertion sort of perm[lo, hi) whose first [sorted] entries are
 * in order. */
static bool insertion_sort(Sorter *s, size_t lo, size_t hi, size_t sorted) {
  for (size_t i = lo + sorted; i < hi; i++) {
    size_t pivot = s->perm[i];
    size_t l = lo, r = i;
    while (l < r) { /* first position whose item is greater than pivot */
      size_t mid = l + (r - l) / 2;
      bool lt;
      if (!less(s, pivot, s->perm[mid], &lt)) return false;
      if (lt)
        r = mid;
      else
        l = mid + 1;
    }
    memmove(&s->perm[l + 1], &s->perm[l], (i - l) * sizeof(size_t));
    s->perm[l] = pivot;
  }
  return true;
}

/* Merges the sorted ranges perm[lo, mid) and perm[mid, hi). On failure
 * the left half's pending numbers are copied back, so perm stays a
 * permutation. */
static bool merge(Sorter *s, size_t lo, size_t mid, size_t hi) {
  size_t n = mid - lo;
  memcpy(s->scratch, &s->perm[lo], n * sizeof(size_t));
  size_t i = 0, j = mid, k = lo;
  bool ok = true;
  while (i < n && j < hi) {
    bool lt;
    if (!less(s, s->perm[j], s->scratch[i], &lt)) {
      ok = false;
      break;
    }
    s->perm[k++] = lt ? s->perm[j++] : s->scratch[i++];
  }
  memcpy(&s->perm[k], &s->scratch[i], (n - i) * sizeof(size_t));
  return ok;
}

/* One run: where it starts in perm. */
typedef struct Run {
  size_t start; /* first position */
  size_t len;   /* number of entries */
} Run;

/* Splits perm[0, n) into sorted runs of at least MIN_RUN entries (but
 * the last), storing them in [runs] and their number in [*count]. */
static bool find_runs(Sorter *s, size_t n, Run *runs, size_t *count) {
  *count = 0;
  for (size_t lo = 0; lo < n;) {
    size_t len;
    if (!count_run(s, lo, n, &len)) return false;
    if (len < MIN_RUN) {
      size_t want = n - lo < MIN_RUN ? n - lo : MIN_RUN;
      if (!insertion_sort(s, lo, lo + want, len)) return false;
      len = want;
    }
    runs[(*count)++] = (Run){lo, len};
    lo += len;
  }
  return true;
}

/* Merges neighbouring runs pairwise until one is left. */
static bool merge_runs(Sorter *s, Run *runs, size_t count) {
  while (count > 1) {
    size_t out = 0;
    for (size_t i = 0; i < count; i += 2) {
      if (i + 1 == count) {
        runs[out++] = runs[i];
        break;
      }
      Run a = runs[i], b = runs[i + 1];
      if (!merge(s, a.start, b.start, b.start + b.len)) return false;
      runs[out++] = (Run){a.start, a.len + b.len};
    }
    count = out;
  }
  return true;
}

/* Sorts s->perm[0, n). */
static bool sort_perm(Sorter *s, size_t n) {
  Run *runs = malloc((n / MIN_RUN + 2) * sizeof(Run));
  s->scratch = malloc((n + 1) * sizeof(size_t));
  bool ok = runs && s->scratch;
  if (!ok) vm_raise_memory(s->vm);
  size_t count;
  ok = ok && find_runs(s, n, runs, &count) && merge_runs(s, runs, count);
  free(runs);
  free(s->scratch);
  return ok;
}

/* Computes key(item) for every item of [items] into the new list
 * [*keys]. */
static bool compute_keys(EddyVM *vm, ObjList *items, Value key,
                         ObjList **keys) {
  *keys = list_new(vm, items->length);
  if (!*keys) return false;
  gc_push_root(vm, OBJ_VAL(*keys));
  bool ok = true;
  for (size_t i = 0; ok && i < items->length; i++) {
    Value k;
    ok = vm_call(vm, key, &items->items[i], 1, NULL, &k) &&
         list_append(vm, *keys, k);
  }
  gc_pop_roots(vm, 1);
  return ok;
}

/* Rearranges [items] in the order [perm]. */
static bool apply_perm(EddyVM *vm, ObjList *items, const size_t *perm) {
  size_t n = items->length;
  if (n == 0) return true; /* items->items may be NULL: no memcpy from it */
  Value *copy = malloc(n * sizeof(Value) + 1);
  if (!copy) return vm_raise_memory(vm);
  memcpy(copy, items->items, n * sizeof(Value));
  for (size_t i = 0; i < n; i++) items->items[i] = copy[perm[i]];
  free(copy);
  return true;
}

/* Sorts the detached items in [items] (keys from [key]). */
static bool sort_items(EddyVM *vm, ObjList *items, Value key, bool reverse) {
  size_t n = items->length;
  ObjList *keys = items;
  if (!IS_NONE(key) && !compute_keys(vm, items, key, &keys)) return false;
  gc_push_root(vm, OBJ_VAL(keys));
  size_t *perm = malloc(n * sizeof(size_t) + 1);
  bool ok = perm != NULL;
  if (!ok) vm_raise_memory(vm);
  if (ok) {
    for (size_t i = 0; i < n; i++) perm[i] = reverse ? n - 1 - i : i;
    Sorter s = {vm, keys->items, compare_kind(vm, keys->items, n), perm, NULL};
    ok = sort_perm(&s, n);
    if (reverse) reverse_range(perm, 0, n);
    ok = apply_perm(vm, items, perm) && ok;
  }
  free(perm);
  gc_pop_roots(vm, 1);
  return ok;
}

/* Moves the items array of [from] to [to], leaving [from] empty. */
static void move_items(ObjList *to, ObjList *from) {
  to->items = from->items;
  to->length = from->length;
  to->cap = from->cap;
  from->items = NULL;
  from->length = from->cap = 0;
}

bool list_sort(EddyVM *vm, ObjList *list, Value key, bool reverse) {
  if (list->length < 2 && IS_NONE(key)) return true;
  /* The items move to a private list while sorting: scripts see [list]
   * empty, and any change they make is detected afterwards. */
  ObjList *items = list_new(vm, 0);
  if (!items) return false;
  move_items(items, list);
  gc_push_root(vm, OBJ_VAL(items));
  bool ok = sort_items(vm, items, key, reverse);
  bool modified = list->items != NULL || list->length != 0;
  list_clear(vm, list);
  move_items(list, items);
  gc_pop_roots(vm, 1);
  if (ok && modified) {
    return vm_raise(vm, vm->exc.ValueError, "list modified during sort");
  }
  return ok;
}
