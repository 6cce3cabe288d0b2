/* gc.c: allocation and the precise mark-and-sweep collector.
 *
 * Marking is tri-colour with an explicit gray stack, so deep structures
 * (a linked list a million cells long) never recurse in C. Should the gray
 * stack fail to grow, the object is still marked but not pushed, and the
 * mark phase rescans the heap for marked objects whose children may be
 * unmarked until nothing changes: slower, but it finishes without memory.
 *
 * The heap size the next collection is measured against is recomputed
 * during the sweep from the surviving objects themselves (their block
 * plus the arrays they own), so small accounting slips in callers of
 * gc_realloc cannot accumulate.
 */
#include "vm/gc.h"

#include "stdlib/mod_ffi.h"
#include "vm/async.h"
#include "vm/vm_exec.h"

#include <string.h>

#include "vm/exception.h"
#include "vm/obj_dict.h"
#include "vm/side_dict.h"

/* The smallest heap that triggers a collection. */
#define GC_MIN_HEAP ((size_t)1 << 20)
/* The heap grows to this multiple of what survived before collecting. */
#define GC_GROWTH 2
/* Bound on the chain of resuming tasks walked from the running one. */
#define GC_MAX_RESUMERS 100000
/* Initial entries of the gray and temporary-root stacks. */
#define GC_STACK_INIT 256

/* ---- sizes ------------------------------------------------------------ */

/* Bytes of the object block of [obj], as gc_new_object allocated it. */
static size_t block_size(Obj *obj) {
  switch (obj->type) {
  case OBJ_STR: return sizeof(ObjStr) + ((ObjStr *)obj)->length + 1;
  case OBJ_BYTES: return sizeof(ObjBytes) + ((ObjBytes *)obj)->length + 1;
  case OBJ_BIGINT: return sizeof(ObjBigInt);
  case OBJ_TUPLE:
    return sizeof(ObjTuple) + ((ObjTuple *)obj)->length * sizeof(Value);
  case OBJ_LIST: return sizeof(ObjList);
  case OBJ_DICT: return sizeof(ObjDict);
  case OBJ_SET: return sizeof(ObjSet);
  case OBJ_RANGE: return sizeof(ObjRange);
  case OBJ_SLICE: return sizeof(ObjSlice);
  case OBJ_CODE: return sizeof(ObjCode);
  case OBJ_FUNCTION: return sizeof(ObjFunction);
  case OBJ_CELL: return sizeof(ObjCell);
  case OBJ_NATIVE: return sizeof(ObjNative);
  case OBJ_BOUND_METHOD: return sizeof(ObjBoundMethod);
  case OBJ_CLASS: return sizeof(ObjClass);
  case OBJ_INSTANCE:
    return obj->cls->boxes_value ? sizeof(ObjBoxed) : sizeof(ObjInstance);
  case OBJ_EXCEPTION: return sizeof(ObjException);
  case OBJ_MODULE: return sizeof(ObjModule);
  case OBJ_ITERATOR: return sizeof(ObjIterator);
  case OBJ_FILE: return sizeof(ObjFile);
  case OBJ_PROPERTY: return sizeof(ObjProperty);
  case OBJ_TRACEBACK: return sizeof(ObjTraceback);
  case OBJ_FRAME_HOLDER: return sizeof(ObjGenerator);
  case OBJ_NATIVE_DATA: return ((ObjNativeData *)obj)->kind->size;
  default: return sizeof(Obj);
  }
}

/* Bytes [obj] owns outside its block: list items, dict tables, limbs. */
static size_t owned_size(Obj *obj) {
  switch (obj->type) {
  case OBJ_LIST: return ((ObjList *)obj)->cap * sizeof(Value);
  case OBJ_DICT: {
    ObjDict *dict = (ObjDict *)obj;
    return dict->entry_cap * sizeof(DictEntry) +
           dict->index_cap * sizeof(int32_t);
  }
  case OBJ_BIGINT:
    return (size_t)((ObjBigInt *)obj)->value->_mp_alloc * sizeof(mp_limb_t);
  case OBJ_FRAME_HOLDER: return task_owned_size(((ObjGenerator *)obj)->task);
  default: return 0;
  }
}

/* ---- allocation ------------------------------------------------------- */

/* Collects first when the heap has grown past its threshold (or always,
 * under stress) and the heap is in a state that may be collected. */
static void maybe_collect(EddyVM *vm, size_t extra) {
  if (!vm->gc_enabled) return;
  if (vm->stress_gc || vm->bytes_allocated + extra > vm->next_gc) {
    gc_collect(vm);
  }
}

/* Resizes heap memory through the host's allocator when it gave one
 * (vm->alloc), else the C library's; [new_size] 0 frees. */
static void *heap_realloc(EddyVM *vm, void *ptr, size_t old_size,
                          size_t new_size) {
  if (vm->alloc) return vm->alloc(ptr, old_size, new_size, vm->alloc_user);
  if (new_size == 0) {
    free(ptr);
    return NULL;
  }
  return realloc(ptr, new_size);
}

/* True when growing the heap by [extra] bytes stays within the host's
 * memory ceiling, collecting first when it would not. */
static bool within_limit(EddyVM *vm, size_t extra) {
  if (!vm->memory_limit || vm->bytes_allocated + extra <= vm->memory_limit)
    return true;
  if (vm->gc_enabled) gc_collect(vm);
  return vm->bytes_allocated + extra <= vm->memory_limit;
}

/* A block for an object of [size] bytes: from the host's allocator when
 * it gave one (class 0), else from the pool. */
static Obj *alloc_block(EddyVM *vm, size_t size, uint8_t *size_class) {
  if (!vm->alloc) return pool_alloc(&vm->pool, size, size_class);
  *size_class = 0;
  return heap_realloc(vm, NULL, 0, size);
}

/* True for the layouts whose objects may want a finalizer. */
static bool may_finalize(ObjType type) {
  return type == OBJ_FRAME_HOLDER || type == OBJ_NATIVE_DATA;
}

/* Makes room for one more entry in the finalizable list. */
static bool reserve_finalizable(EddyVM *vm) {
  if (vm->finalizable_count < vm->finalizable_cap) return true;
  size_t cap = vm->finalizable_cap ? vm->finalizable_cap * 2 : 64;
  Obj **grown = realloc(vm->finalizable, sizeof(Obj *) * cap);
  if (!grown) return vm_raise_memory(vm);
  vm->finalizable = grown;
  vm->finalizable_cap = cap;
  return true;
}

Obj *gc_new_object(EddyVM *vm, size_t size, ObjType type, ObjClass *cls) {
  maybe_collect(vm, size);
  if (!within_limit(vm, size)) {
    vm_raise_memory(vm);
    return NULL;
  }
  if (may_finalize(type) && !reserve_finalizable(vm)) return NULL;
  uint8_t size_class;
  Obj *obj = alloc_block(vm, size, &size_class);
  if (!obj && vm->gc_enabled) {
    gc_collect(vm); /* free what we can, then try once more */
    obj = alloc_block(vm, size, &size_class);
  }
  if (!obj) {
    vm_raise_memory(vm);
    return NULL;
  }
  memset(obj, 0, size);
  obj->size_class = size_class;
  obj->type = type;
  obj->cls = cls;
  obj->marked = false;
  obj->next = vm->objects;
  vm->objects = obj;
  vm->bytes_allocated += size;
  if (may_finalize(type)) vm->finalizable[vm->finalizable_count++] = obj;
  return obj;
}

void *gc_realloc(EddyVM *vm, void *ptr, size_t old_size, size_t new_size) {
  if (new_size == 0) {
    heap_realloc(vm, ptr, old_size, 0);
    vm->bytes_allocated -=
        old_size < vm->bytes_allocated ? old_size : vm->bytes_allocated;
    return NULL;
  }
  if (new_size > old_size) {
    maybe_collect(vm, new_size - old_size);
    if (!within_limit(vm, new_size - old_size)) {
      vm_raise_memory(vm);
      return NULL;
    }
  }
  void *grown = heap_realloc(vm, ptr, old_size, new_size);
  if (!grown && vm->gc_enabled) {
    gc_collect(vm); /* free what we can, then try once more */
    grown = heap_realloc(vm, ptr, old_size, new_size);
  }
  if (!grown) {
    vm_raise_memory(vm);
    return NULL;
  }
  if (new_size >= old_size) {
    vm->bytes_allocated += new_size - old_size;
  } else {
    size_t drop = old_size - new_size;
    vm->bytes_allocated -=
        drop < vm->bytes_allocated ? drop : vm->bytes_allocated;
  }
  return grown;
}

/* Makes room for one more temporary root; aborts only when even that
 * tiny allocation fails, since no error can be reported from here. */
static void grow_temp_roots(EddyVM *vm) {
  int cap = vm->temp_root_cap ? vm->temp_root_cap * 2 : GC_STACK_INIT;
  Value *roots = realloc(vm->temp_roots, (size_t)cap * sizeof(Value));
  if (!roots) {
    fputs("eddy: fatal: out of memory for GC roots\n", stderr);
    abort();
  }
  vm->temp_roots = roots;
  vm->temp_root_cap = cap;
}

void gc_push_root(EddyVM *vm, Value v) {
  if (vm->temp_root_count == vm->temp_root_cap) grow_temp_roots(vm);
  vm->temp_roots[vm->temp_root_count++] = v;
}

void gc_pop_roots(EddyVM *vm, int n) {
  ASSERT(n <= vm->temp_root_count, "popping more roots than pushed");
  vm->temp_root_count -= n;
}

/* ---- marking ---------------------------------------------------------- */

/* Pushes [obj] on the gray stack; false when the stack cannot grow, in
 * which case the caller leaves [obj] marked for the rescan to find. */
static bool push_gray(EddyVM *vm, Obj *obj) {
  if (vm->gray_count == vm->gray_cap) {
    int cap = vm->gray_cap ? vm->gray_cap * 2 : GC_STACK_INIT;
    Obj **gray = realloc(vm->gray, (size_t)cap * sizeof(Obj *));
    if (!gray) return false;
    vm->gray = gray;
    vm->gray_cap = cap;
  }
  vm->gray[vm->gray_count++] = obj;
  return true;
}

void gc_mark_object(EddyVM *vm, Obj *obj) {
  if (!obj || obj->marked) return;
  obj->marked = true;
  if (!push_gray(vm, obj)) vm->gray_overflow = true;
}

void gc_mark_value(EddyVM *vm, Value v) {
  if (IS_OBJ(v)) gc_mark_object(vm, AS_OBJ(v));
}

/* Marks the [n] values at [values]. */
static void mark_values(EddyVM *vm, const Value *values, size_t n) {
  for (size_t i = 0; i < n; i++) gc_mark_value(vm, values[i]);
}

/* Marks the live keys and values of [dict]'s entries. */
static void mark_dict_entries(EddyVM *vm, ObjDict *dict) {
  for (size_t i = 0; i < dict->used; i++) {
    DictEntry *entry = &dict->entries[i];
    if (IS_UNDEF(entry->key)) continue;
    gc_mark_value(vm, entry->key);
    gc_mark_value(vm, entry->value);
  }
}

static void blacken_code(EddyVM *vm, ObjCode *code) {
  if (code->global_cache && code->names) {
    memset(code->global_cache, 0,
           sizeof(GlobalCacheEntry) * code->names->length);
  }
  mark_values(vm, code->consts.items, (size_t)code->consts.count);
  gc_mark_object(vm, (Obj *)code->names);
  gc_mark_object(vm, (Obj *)code->varnames);
  gc_mark_object(vm, (Obj *)code->cellvars);
  gc_mark_object(vm, (Obj *)code->freevars);
  gc_mark_object(vm, (Obj *)code->name);
  gc_mark_object(vm, (Obj *)code->qualname);
  gc_mark_object(vm, (Obj *)code->filename);
}

static void blacken_function(EddyVM *vm, ObjFunction *fn) {
  gc_mark_object(vm, (Obj *)fn->code);
  gc_mark_object(vm, (Obj *)fn->globals);
  gc_mark_object(vm, (Obj *)fn->defaults);
  gc_mark_object(vm, (Obj *)fn->kwdefaults);
  gc_mark_object(vm, (Obj *)fn->closure);
  gc_mark_object(vm, (Obj *)fn->name);
  gc_mark_object(vm, (Obj *)fn->qualname);
  gc_mark_value(vm, fn->doc);
  gc_mark_object(vm, (Obj *)fn->dict);
  gc_mark_value(vm, fn->module);
}

static void blacken_class(EddyVM *vm, ObjClass *cls) {
  /* Cached lookups may name strings and values the class no longer
   * holds: forget them rather than keep them alive. */
  if (cls->cache)
    memset(cls->cache, 0, sizeof(ClassCacheEntry) * CLASS_CACHE_SIZE);
  gc_mark_object(vm, (Obj *)cls->name);
  gc_mark_object(vm, (Obj *)cls->qualname);
  gc_mark_object(vm, (Obj *)cls->dict);
  gc_mark_object(vm, (Obj *)cls->bases);
  gc_mark_object(vm, (Obj *)cls->mro);
  gc_mark_value(vm, cls->module);
}

static void blacken_exception(EddyVM *vm, ObjException *exc) {
  gc_mark_object(vm, (Obj *)exc->dict);
  gc_mark_object(vm, (Obj *)exc->args);
  gc_mark_value(vm, exc->traceback);
  gc_mark_value(vm, exc->cause);
  gc_mark_value(vm, exc->context);
  gc_mark_value(vm, exc->eg_message);
  gc_mark_value(vm, exc->eg_exceptions);
}

/* Marks the three values of a range or slice (same shape). */
static void mark_triple(EddyVM *vm, Value a, Value b, Value c) {
  gc_mark_value(vm, a);
  gc_mark_value(vm, b);
  gc_mark_value(vm, c);
}

/* Marks what the layouts of functions and their helpers reference. */
static void blacken_callable(EddyVM *vm, Obj *obj) {
  switch (obj->type) {
  case OBJ_CODE: blacken_code(vm, (ObjCode *)obj); break;
  case OBJ_FUNCTION: blacken_function(vm, (ObjFunction *)obj); break;
  case OBJ_CELL: gc_mark_value(vm, ((ObjCell *)obj)->value); break;
  case OBJ_NATIVE: {
    ObjNative *native = (ObjNative *)obj;
    gc_mark_object(vm, (Obj *)native->name);
    mark_triple(vm, native->self, native->module, native->data);
    break;
  }
  case OBJ_BOUND_METHOD: {
    ObjBoundMethod *bound = (ObjBoundMethod *)obj;
    gc_mark_value(vm, bound->self);
    gc_mark_value(vm, bound->function);
    break;
  }
  default: break;
  }
}

/* Marks the value stack, frames and exceptions of [task], and the
 * generator owning it. */
static void mark_task(EddyVM *vm, Task *task) {
  mark_values(vm, task->values, task->sp);
  for (int i = 0; i < task->frame_count; i++) {
    CallFrame *frame = &task->frames[i];
    gc_mark_object(vm, (Obj *)frame->function);
    gc_mark_object(vm, (Obj *)frame->code);
    gc_mark_object(vm, (Obj *)frame->locals);
    gc_mark_object(vm, frame->coroutine);
  }
  gc_mark_value(vm, task->exception);
  gc_mark_value(vm, task->handled);
  gc_mark_object(vm, task->owner);
}

/* Marks what a generator or coroutine holds, its suspended stack
 * included (that stack is reached only through its owner). */
static void blacken_generator(EddyVM *vm, ObjGenerator *gen) {
  gc_mark_object(vm, (Obj *)gen->function);
  gc_mark_object(vm, (Obj *)gen->name);
  gc_mark_object(vm, (Obj *)gen->qualname);
  gc_mark_object(vm, (Obj *)gen->created_file);
  gc_mark_value(vm, gen->transfer);
  if (gen->task) mark_task(vm, gen->task);
}

/* Marks the items of the containers and iterators. */
static void blacken_container(EddyVM *vm, Obj *obj) {
  switch (obj->type) {
  case OBJ_TUPLE: {
    ObjTuple *tuple = (ObjTuple *)obj;
    mark_values(vm, tuple->items, tuple->length);
    break;
  }
  case OBJ_LIST: {
    ObjList *list = (ObjList *)obj;
    mark_values(vm, list->items, list->length);
    break;
  }
  case OBJ_DICT: mark_dict_entries(vm, (ObjDict *)obj); break;
  case OBJ_SET: gc_mark_object(vm, (Obj *)((ObjSet *)obj)->table); break;
  case OBJ_RANGE: {
    ObjRange *r = (ObjRange *)obj;
    mark_triple(vm, r->start, r->stop, r->step);
    break;
  }
  case OBJ_SLICE: {
    ObjSlice *s = (ObjSlice *)obj;
    mark_triple(vm, s->start, s->stop, s->step);
    break;
  }
  case OBJ_ITERATOR: {
    ObjIterator *it = (ObjIterator *)obj;
    gc_mark_value(vm, it->source);
    gc_mark_value(vm, it->extra);
    break;
  }
  default: break;
  }
}

/* Marks modules, properties, files and traceback entries. */
static void blacken_other(EddyVM *vm, Obj *obj) {
  switch (obj->type) {
  case OBJ_MODULE: {
    ObjModule *module = (ObjModule *)obj;
    gc_mark_object(vm, (Obj *)module->name);
    gc_mark_object(vm, (Obj *)module->dict);
    gc_mark_value(vm, module->file);
    break;
  }
  case OBJ_PROPERTY: {
    ObjProperty *prop = (ObjProperty *)obj;
    mark_triple(vm, prop->fget, prop->fset, prop->fdel);
    gc_mark_value(vm, prop->doc);
    break;
  }
  case OBJ_FILE: {
    ObjFile *file = (ObjFile *)obj;
    gc_mark_object(vm, (Obj *)file->name);
    gc_mark_object(vm, (Obj *)file->mode);
    break;
  }
  case OBJ_TRACEBACK: {
    ObjTraceback *tb = (ObjTraceback *)obj;
    gc_mark_object(vm, (Obj *)tb->filename);
    gc_mark_object(vm, (Obj *)tb->funcname);
    break;
  }
  default: break;
  }
}

/* Marks every object [obj] references, by its layout. */
static void blacken(EddyVM *vm, Obj *obj) {
  gc_mark_object(vm, (Obj *)obj->cls);
  if (obj->has_side_dict) {
    gc_mark_object(vm, (Obj *)side_dict_get(&vm->side_dicts, obj));
  }
  switch (obj->type) {
  case OBJ_TUPLE:
  case OBJ_LIST:
  case OBJ_DICT:
  case OBJ_SET:
  case OBJ_RANGE:
  case OBJ_SLICE:
  case OBJ_ITERATOR: blacken_container(vm, obj); break;
  case OBJ_CODE:
  case OBJ_FUNCTION:
  case OBJ_CELL:
  case OBJ_NATIVE:
  case OBJ_BOUND_METHOD: blacken_callable(vm, obj); break;
  case OBJ_CLASS: blacken_class(vm, (ObjClass *)obj); break;
  case OBJ_INSTANCE:
    gc_mark_object(vm, (Obj *)((ObjInstance *)obj)->dict);
    if (obj->cls->boxes_value) gc_mark_value(vm, ((ObjBoxed *)obj)->value);
    break;
  case OBJ_EXCEPTION: blacken_exception(vm, (ObjException *)obj); break;
  case OBJ_FRAME_HOLDER: blacken_generator(vm, (ObjGenerator *)obj); break;
  case OBJ_NATIVE_DATA: {
    const NativeDataKind *kind = ((ObjNativeData *)obj)->kind;
    if (kind->mark) kind->mark(vm, obj);
    break;
  }
  case OBJ_MODULE:
  case OBJ_PROPERTY:
  case OBJ_FILE:
  case OBJ_TRACEBACK: blacken_other(vm, obj); break;
  default: break; /* str, bytes, big int: no references */
  }
}

/* Marks the built-in classes, exception classes and common strings. */
static void mark_builtin_tables(EddyVM *vm) {
  ObjClass **types = (ObjClass **)&vm->types;
  for (size_t i = 0; i < sizeof vm->types / sizeof(ObjClass *); i++) {
    gc_mark_object(vm, (Obj *)types[i]);
  }
  ObjClass **exc = (ObjClass **)&vm->exc;
  for (size_t i = 0; i < sizeof vm->exc / sizeof(ObjClass *); i++) {
    gc_mark_object(vm, (Obj *)exc[i]);
  }
  ObjStr **strs = (ObjStr **)&vm->str;
  for (size_t i = 0; i < sizeof vm->str / sizeof(ObjStr *); i++) {
    gc_mark_object(vm, (Obj *)strs[i]);
  }
}

/* Marks every root of the VM. */
static void mark_roots(EddyVM *vm) {
  for (Task *task = vm->live_tasks; task; task = task->next_live) {
    mark_task(vm, task);
  }
  /* The running task and the chain of tasks that resumed it (a
   * generator's stack while it runs). */
  int depth = 0;
  for (Task *task = vm->task; task && depth < GC_MAX_RESUMERS;
       task = task->resumer, depth++) {
    mark_task(vm, task);
  }
  mark_builtin_tables(vm);
  gc_mark_object(vm, (Obj *)vm->modules);
  gc_mark_object(vm, (Obj *)vm->builtins);
  gc_mark_value(vm, vm->none_repr);
  gc_mark_value(vm, vm->not_implemented);
  gc_mark_value(vm, vm->ellipsis);
  gc_mark_value(vm, vm->memory_error);
  gc_mark_value(vm, vm->interrupt_hook);
  gc_mark_value(vm, vm->asyncgen_firstiter);
  gc_mark_value(vm, vm->asyncgen_finalizer);
  gc_mark_object(vm, (Obj *)vm->repr_stack);
  gc_mark_object(vm, (Obj *)vm->argv);
  mark_values(vm, vm->temp_roots, (size_t)vm->temp_root_count);
  mark_values(vm, vm->finalizing, (size_t)vm->finalizing_count);
  if (vm->aio) async_mark(vm);
  if (vm->ffi) ffi_mark(vm);
  if (vm->host_mark) vm->host_mark(vm);
  /* The intern table is weak: keep the dict, not its strings. */
  if (vm->interned) vm->interned->obj.marked = true;
}

/* Blackens gray objects until the stack is empty. */
static void drain_gray(EddyVM *vm) {
  while (vm->gray_count > 0) blacken(vm, vm->gray[--vm->gray_count]);
}

/* Completes marking after gray-stack overflows: every marked object is
 * blackened again (children already marked cost nothing) until a pass
 * ends without overflow. */
static void trace_references(EddyVM *vm) {
  drain_gray(vm);
  while (vm->gray_overflow) {
    vm->gray_overflow = false;
    for (Obj *obj = vm->objects; obj; obj = obj->next) {
      if (obj->marked) {
        blacken(vm, obj);
        drain_gray(vm);
      }
    }
  }
}

/* ---- the weak intern table -------------------------------------------- */

/* Drops the interned strings nothing else reached. */
static void sweep_interned(EddyVM *vm) {
  ObjDict *table = vm->interned;
  if (!table) return;
  for (size_t i = 0; i < table->used; i++) {
    Value key = table->entries[i].key;
    if (IS_UNDEF(key) || AS_OBJ(key)->marked) continue;
    AS_STR(key)->interned = false;
    dict_remove_entry(table, i);
  }
}

/* ---- sweeping --------------------------------------------------------- */

/* Releases [obj] and the memory it owns. */
static void free_object(EddyVM *vm, Obj *obj) {
  if (obj->has_side_dict) side_dict_remove(&vm->side_dicts, obj);
  switch (obj->type) {
  case OBJ_LIST: {
    ObjList *list = (ObjList *)obj;
    heap_realloc(vm, list->items, list->cap * sizeof(Value), 0);
    break;
  }
  case OBJ_DICT: {
    ObjDict *dict = (ObjDict *)obj;
    heap_realloc(vm, dict->entries, dict->entry_cap * sizeof(DictEntry), 0);
    heap_realloc(vm, dict->index, dict->index_cap * sizeof(int32_t), 0);
    break;
  }
  case OBJ_BIGINT: mpz_clear(((ObjBigInt *)obj)->value); break;
  case OBJ_CODE: {
    ObjCode *code = (ObjCode *)obj;
    free(code->code);
    free(code->lines);
    free(code->cell2arg);
    free(code->global_cache);
    value_array_free(&code->consts);
    break;
  }
  case OBJ_FILE: {
    ObjFile *file = (ObjFile *)obj;
    if (file->owned && file->fp) fclose(file->fp);
    break;
  }
  case OBJ_FRAME_HOLDER: task_free(((ObjGenerator *)obj)->task); break;
  case OBJ_CLASS: free(((ObjClass *)obj)->cache); break;
  case OBJ_NATIVE_DATA: {
    const NativeDataKind *kind = ((ObjNativeData *)obj)->kind;
    if (kind->release) kind->release(obj);
    break;
  }
  default: break;
  }
  if (vm->alloc)
    heap_realloc(vm, obj, block_size(obj), 0);
  else
    pool_free(&vm->pool, obj, obj->size_class);
}

/* Frees every unmarked object, clears the marks of the others, and
 * returns the bytes the survivors hold. */
static size_t sweep(EddyVM *vm) {
  size_t live = 0;
  Obj **link = &vm->objects;
  while (*link) {
    Obj *obj = *link;
    if (obj->marked) {
      obj->marked = false;
      live += block_size(obj) + owned_size(obj);
      link = &obj->next;
    } else {
      *link = obj->next;
      free_object(vm, obj);
    }
  }
  return live;
}

/* ---- finalizers ----------------------------------------------------------- */

/* True when the unreachable [obj] must report something before it goes. */
static bool wants_finalizer(Obj *obj) {
  if (obj->type == OBJ_FRAME_HOLDER) return gen_wants_finalizer(obj);
  if (obj->type == OBJ_NATIVE_DATA) {
    const NativeDataKind *kind = ((ObjNativeData *)obj)->kind;
    return kind->wants_finalizer && kind->wants_finalizer(obj);
  }
  return false;
}

/* Queues the unreachable [obj], which wants a finalizer, keeping it
 * alive; false when the queue cannot grow (it is then freed without its
 * report). */
static bool queue_one(EddyVM *vm, Obj *obj) {
  if (vm->finalizing_count == vm->finalizing_cap) {
    int cap = vm->finalizing_cap ? vm->finalizing_cap * 2 : 16;
    Value *grown = realloc(vm->finalizing, sizeof(Value) * (size_t)cap);
    if (!grown) return false;
    vm->finalizing = grown;
    vm->finalizing_cap = cap;
  }
  vm->finalizing[vm->finalizing_count++] = OBJ_VAL(obj);
  gc_mark_object(vm, obj);
  return true;
}

/* Drops the objects of the finalizable list the sweep will free. */
static void compact_finalizable(EddyVM *vm) {
  size_t kept = 0;
  for (size_t i = 0; i < vm->finalizable_count; i++) {
    Obj *obj = vm->finalizable[i];
    if (obj->marked) vm->finalizable[kept++] = obj;
  }
  vm->finalizable_count = kept;
}

/* Keeps the unreachable objects that want a finalizer alive (with
 * everything they reach) and queues them. Only the finalizable list is
 * scanned, not the heap. */
static void queue_finalizers(EddyVM *vm) {
  for (size_t i = 0; i < vm->finalizable_count; i++) {
    Obj *obj = vm->finalizable[i];
    if (obj->marked || !wants_finalizer(obj)) continue;
    if (!queue_one(vm, obj)) break;
  }
  trace_references(vm);
  compact_finalizable(vm);
}

void gc_run_finalizers(EddyVM *vm) {
  while (vm->finalizing_count > 0) {
    Value v = vm->finalizing[vm->finalizing_count - 1];
    gc_push_root(vm, v);
    vm->finalizing_count--;
    Obj *obj = AS_OBJ(v);
    if (obj->type == OBJ_FRAME_HOLDER) {
      gen_finalize(vm, obj);
    } else if (obj->type == OBJ_NATIVE_DATA) {
      ((ObjNativeData *)obj)->kind->finalize(vm, obj);
    }
    gc_pop_roots(vm, 1);
  }
}

void gc_collect(EddyVM *vm) {
  bool was_enabled = vm->gc_enabled;
  vm->gc_enabled = false; /* no collection inside a collection */
  vm->gray_count = 0;
  vm->gray_overflow = false;
  vm->str_cursor.s = NULL; /* its str may be freed */
  mark_roots(vm);
  trace_references(vm);
  queue_finalizers(vm);
  sweep_interned(vm);
  vm->bytes_allocated = sweep(vm);
  size_t next = vm->bytes_allocated * GC_GROWTH;
  vm->next_gc = next < GC_MIN_HEAP ? GC_MIN_HEAP : next;
  vm->gc_enabled = was_enabled;
}

void gc_free_all(EddyVM *vm) {
  Obj *obj = vm->objects;
  while (obj) {
    Obj *next = obj->next;
    free_object(vm, obj);
    obj = next;
  }
  vm->objects = NULL;
  vm->bytes_allocated = 0;
  side_dicts_free(&vm->side_dicts);
  pool_release(&vm->pool);
  free(vm->finalizable);
  vm->finalizable = NULL;
  vm->finalizable_count = vm->finalizable_cap = 0;
  free(vm->gray);
  vm->gray = NULL;
  vm->gray_count = vm->gray_cap = 0;
  free(vm->temp_roots);
  vm->temp_roots = NULL;
  vm->temp_root_count = vm->temp_root_cap = 0;
}
