/* gc.h: allocation and the precise mark-and-sweep collector.
 *
 * Every heap object is allocated with gc_new_object, linked into the VM's
 * object list, and counted in bytes_allocated. When the count passes
 * next_gc (or on every allocation under EDDY_STRESS_GC) a collection runs
 * before the allocation: mark from the roots with a gray stack, then sweep
 * the list, then set next_gc to twice the surviving heap.
 *
 * Roots: every task's value stack and frames, the module table, the
 * builtins, the built-in classes and singletons, the temporary-root stack,
 * host handles. The intern table is weak: unmarked strings drop out of it.
 *
 * GC discipline: a collection can happen at any allocation. An object
 * that is only referenced from a C local while something else allocates
 * must be pushed with gc_push_root and popped afterwards. Arguments of a
 * native function live on the task's stack and are already roots.
 * Memory an object owns outside its own block (list items, dict tables)
 * is allocated with gc_realloc so the heap size stays honest.
 */
#ifndef EDDY_GC_H
#define EDDY_GC_H

#include "vm/vm.h"

/* Allocates a zeroed object of [size] bytes with layout [type] and class
 * [cls]. Returns NULL after raising MemoryError. */
Obj *gc_new_object(EddyVM *vm, size_t size, ObjType type, ObjClass *cls);

/* Resizes memory owned by an object from [old_size] to [new_size] bytes
 * ([ptr] may be NULL; new_size 0 frees). Returns NULL after raising
 * MemoryError when it cannot grow; the old block is then untouched. */
void *gc_realloc(EddyVM *vm, void *ptr, size_t old_size, size_t new_size);

/* Keeps [v] alive while C code holds it between allocations. */
void gc_push_root(EddyVM *vm, Value v);
/* Drops the [n] most recent temporary roots. */
void gc_pop_roots(EddyVM *vm, int n);

/* Runs a full collection now. */
void gc_collect(EddyVM *vm);

/* Marks helpers for code that owns values outside the usual layouts. */
void gc_mark_value(EddyVM *vm, Value v);
void gc_mark_object(EddyVM *vm, Obj *obj);

/* Runs the finalizers of the unreachable objects the last collections
 * kept (never-awaited coroutines, unretrieved task exceptions). Call
 * only where script code may run: between event loop iterations, after
 * the main program. */
void gc_run_finalizers(EddyVM *vm);

/* Frees every object (VM shutdown). */
void gc_free_all(EddyVM *vm);

#endif
