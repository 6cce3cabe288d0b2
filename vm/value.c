/* value.c: the growable value array.
 *
 * ValueArray is plain malloc'd memory (code constants, argument lists
 * under construction); the GC does not own it, the structure holding it
 * marks its values.
 */
#include "vm/value.h"

void value_array_init(ValueArray *arr) {
  arr->items = NULL;
  arr->count = 0;
  arr->cap = 0;
}

bool value_array_push(ValueArray *arr, Value v) {
  if (arr->count == arr->cap) {
    int cap = arr->cap ? arr->cap * 2 : 8;
    Value *items = realloc(arr->items, (size_t)cap * sizeof(Value));
    if (!items) return false;
    arr->items = items;
    arr->cap = cap;
  }
  arr->items[arr->count++] = v;
  return true;
}

void value_array_free(ValueArray *arr) {
  free(arr->items);
  value_array_init(arr);
}
