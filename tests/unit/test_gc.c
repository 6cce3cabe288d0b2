/* test_gc.c: the mark-and-sweep collector.
 *
 * Each test builds a small heap, collects, and checks which objects are
 * still on the VM's object list: what the roots reach survives (with its
 * contents intact), what they do not is freed, temporary roots protect C
 * locals, interned strings are weak, and the heap stays bounded while a
 * loop allocates far more than it keeps.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/obj_dict.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"

static EddyVM *vm;

static void setup(void) {
  vm = vm_new();
  cr_assert_not_null(vm);
}

static void teardown(void) { vm_free(vm); }

TestSuite(gc, .init = setup, .fini = teardown);

/* Objects on the VM's list. */
static size_t count_objects(void) {
  size_t n = 0;
  for (Obj *obj = vm->objects; obj; obj = obj->next) n++;
  return n;
}

/* True when [target] is still on the VM's list. */
static bool is_live(const void *target) {
  for (Obj *obj = vm->objects; obj; obj = obj->next) {
    if ((const void *)obj == target) return true;
  }
  return false;
}

/* [n], or a small fraction of it in the stress build, where every
 * allocation runs a full collection. */
static int scaled(int n) { return vm->stress_gc ? n / 200 : n; }

/* A new, unrooted str of [text]. */
static ObjStr *make_str(const char *text) {
  ObjStr *s = str_from_cstr(vm, text);
  cr_assert_not_null(s);
  return s;
}

Test(gc, unreachable_objects_are_freed) {
  vm->stress_gc = false; /* else the garbage goes before it is counted */
  gc_collect(vm);
  size_t before = count_objects();
  for (int i = 0; i < 100; i++) {
    char text[32];
    snprintf(text, sizeof text, "garbage %d", i);
    make_str(text);
  }
  cr_assert_eq(count_objects(), before + 100);
  gc_collect(vm);
  cr_assert_eq(count_objects(), before);
}

Test(gc, reachable_objects_survive_with_their_contents) {
  ObjList *list = list_new(vm, 0);
  cr_assert_not_null(list);
  gc_push_root(vm, OBJ_VAL(list));
  for (int i = 0; i < 50; i++) {
    char text[32];
    snprintf(text, sizeof text, "item %d", i);
    cr_assert(list_append(vm, list, OBJ_VAL(make_str(text))));
  }
  ObjTuple *pair = tuple_pack2(vm, INT_VAL(1), OBJ_VAL(make_str("inner")));
  cr_assert(list_append(vm, list, OBJ_VAL(pair)));
  gc_collect(vm);
  gc_collect(vm);
  cr_assert(is_live(list));
  cr_assert(is_live(pair));
  cr_assert_eq(list->length, 51);
  for (int i = 0; i < 50; i++) {
    char text[32];
    snprintf(text, sizeof text, "item %d", i);
    cr_assert(is_live(AS_OBJ(list->items[i])));
    cr_assert(str_equal_cstr(AS_STR(list->items[i]), text));
  }
  cr_assert(str_equal_cstr(AS_STR(pair->items[1]), "inner"));
  gc_pop_roots(vm, 1);
}

Test(gc, temp_roots_protect_and_release) {
  ObjStr *s = make_str("held in a C local");
  gc_push_root(vm, OBJ_VAL(s));
  gc_collect(vm);
  cr_assert(is_live(s));
  gc_pop_roots(vm, 1);
  gc_collect(vm);
  cr_assert_not(is_live(s));
}

Test(gc, unreachable_cycles_are_freed) {
  ObjList *a = list_new(vm, 0);
  gc_push_root(vm, OBJ_VAL(a));
  ObjList *b = list_new(vm, 0);
  gc_push_root(vm, OBJ_VAL(b));
  cr_assert(list_append(vm, a, OBJ_VAL(b)));
  cr_assert(list_append(vm, b, OBJ_VAL(a)));
  cr_assert(list_append(vm, a, OBJ_VAL(a)));
  gc_collect(vm);
  cr_assert(is_live(a) && is_live(b));
  gc_pop_roots(vm, 2);
  gc_collect(vm);
  cr_assert_not(is_live(a));
  cr_assert_not(is_live(b));
}

Test(gc, dict_keys_and_values_survive) {
  ObjDict *dict = dict_new(vm);
  gc_push_root(vm, OBJ_VAL(dict));
  ObjStr *key = make_str("key");
  gc_push_root(vm, OBJ_VAL(key));
  ObjStr *value = make_str("value");
  gc_push_root(vm, OBJ_VAL(value));
  cr_assert(dict_set(vm, dict, OBJ_VAL(key), OBJ_VAL(value)));
  gc_pop_roots(vm, 2);
  gc_collect(vm);
  cr_assert(is_live(key));
  cr_assert(is_live(value));
  gc_pop_roots(vm, 1);
  gc_collect(vm);
  cr_assert_not(is_live(key));
  cr_assert_not(is_live(value));
}

Test(gc, interned_strings_are_weak) {
  ObjStr *kept = str_intern_cstr(vm, "an interned name that stays");
  gc_push_root(vm, OBJ_VAL(kept));
  ObjStr *dropped = str_intern_cstr(vm, "an interned name nobody keeps");
  cr_assert(dropped->interned);
  const char *text = "an interned name nobody keeps";
  int64_t hash = str_hash_chars(text, strlen(text));
  size_t entries = vm->interned->count;
  gc_collect(vm);
  cr_assert_not(is_live(dropped));
  cr_assert_lt(vm->interned->count, entries);
  cr_assert(IS_UNDEF(dict_find_chars(vm->interned, text, strlen(text), hash)));
  cr_assert(is_live(kept));
  cr_assert_eq(str_intern_cstr(vm, "an interned name that stays"), kept);
  ObjStr *again = str_intern_cstr(vm, "an interned name nobody keeps");
  cr_assert_not_null(again);
  cr_assert(str_equal_cstr(again, "an interned name nobody keeps"));
  gc_pop_roots(vm, 1);
}

Test(gc, builtins_survive_collection) {
  gc_collect(vm);
  cr_assert(is_live(vm->types.list));
  cr_assert(is_live(vm->exc.ValueError));
  cr_assert(is_live(vm->str.init));
  cr_assert(is_live(vm->builtins));
  cr_assert(is_live(AS_OBJ(vm->memory_error)));
  Value len = dict_get_str(vm->builtins, str_intern_cstr(vm, "ValueError"));
  cr_assert(value_is(len, OBJ_VAL(vm->exc.ValueError)));
}

Test(gc, pending_exception_is_a_root) {
  cr_assert_not(vm_raise(vm, vm->exc.ValueError, "kept %d", 42));
  Value exc = vm->task->exception;
  cr_assert(exception_add_traceback(vm, exc, str_intern_cstr(vm, "x.py"),
                                    vm->str.module_name, 3));
  gc_collect(vm);
  cr_assert(is_live(AS_OBJ(exc)));
  ObjException *e = AS_EXCEPTION(exc);
  cr_assert(is_live(e->args));
  cr_assert(str_equal_cstr(AS_STR(e->args->items[0]), "kept 42"));
  cr_assert(is_live(AS_OBJ(e->traceback)));
  vm->task->exception = UNDEF_VAL;
  gc_collect(vm);
  cr_assert_not(is_live(e));
}

Test(gc, deep_structures_do_not_recurse) {
  ObjList *head = list_new(vm, 0);
  gc_push_root(vm, OBJ_VAL(head));
  ObjList *tail = head;
  for (int i = 0; i < scaled(200000); i++) {
    ObjList *next = list_new(vm, 1);
    cr_assert_not_null(next);
    cr_assert(list_append(vm, tail, OBJ_VAL(next)));
    tail = next;
  }
  gc_collect(vm);
  cr_assert(is_live(head));
  cr_assert(is_live(tail));
  gc_pop_roots(vm, 1);
  gc_collect(vm);
  cr_assert_not(is_live(tail));
}

Test(gc, heap_stays_bounded_under_allocation) {
  ObjList *keep = list_new(vm, 0);
  gc_push_root(vm, OBJ_VAL(keep));
  size_t peak = 0;
  for (int i = 0; i < scaled(100000); i++) {
    ObjTuple *t = tuple_new(vm, 8);
    cr_assert_not_null(t);
    if (i % 1000 == 0) cr_assert(list_append(vm, keep, OBJ_VAL(t)));
    if (vm->bytes_allocated > peak) peak = vm->bytes_allocated;
  }
  cr_assert_lt(peak, (size_t)16 << 20, "heap peaked at %zu bytes", peak);
  gc_collect(vm);
  cr_assert_eq(keep->length, (size_t)(scaled(100000) + 999) / 1000);
  for (size_t i = 0; i < keep->length; i++) {
    cr_assert(is_live(AS_OBJ(keep->items[i])));
  }
  cr_assert_geq(vm->next_gc, (size_t)1 << 20);
  gc_pop_roots(vm, 1);
}

Test(gc, stress_mode_collects_on_every_allocation) {
  vm->stress_gc = true;
  ObjList *list = list_new(vm, 0);
  gc_push_root(vm, OBJ_VAL(list));
  for (int i = 0; i < 500; i++) {
    char text[32];
    snprintf(text, sizeof text, "s%d", i);
    ObjStr *s = str_from_cstr(vm, text);
    cr_assert_not_null(s);
    cr_assert(list_append(vm, list, OBJ_VAL(s)));
  }
  for (int i = 0; i < 500; i++) {
    char text[32];
    snprintf(text, sizeof text, "s%d", i);
    cr_assert(str_equal_cstr(AS_STR(list->items[i]), text));
  }
  gc_pop_roots(vm, 1);
  vm->stress_gc = false;
}
