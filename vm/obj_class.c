/* obj_class.c: class statements, instantiation, super() and the
 * property / staticmethod / classmethod wrappers. */
#include "vm/obj_class.h"

#include <string.h>

#include "vm/boxed.h"
#include "vm/call.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_dict.h"
#include "vm/obj_function.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/protocol.h"
#include "vm/vm_exec.h"

/* ---- the method resolution order ----------------------------------------- */

/* A growable array of classes for the C3 merge. */
typedef struct ClassList {
  ObjClass **items; /* the classes */
  int count;        /* how many */
} ClassList;

/* True when [cls] appears in any list of [lists] after its head. */
static bool in_tail(ClassList *lists, int n, const int *heads, ObjClass *cls) {
  for (int i = 0; i < n; i++)
    for (int j = heads[i] + 1; j < lists[i].count; j++)
      if (lists[i].items[j] == cls) return true;
  return false;
}

/* CPython's error naming the classes the merge got stuck on: the heads
 * of the lists still holding classes, each once. */
static bool mro_error(EddyVM *vm, ClassList *lists, int n, const int *heads) {
  ByteBuf names;
  buf_init(&names);
  bool ok = true;
  int shown = 0;
  for (int i = 0; ok && i < n; i++) {
    if (heads[i] >= lists[i].count) continue;
    ObjClass *head = lists[i].items[heads[i]];
    bool seen = false;
    for (int j = 0; j < i; j++)
      seen |= heads[j] < lists[j].count && lists[j].items[heads[j]] == head;
    if (!seen)
      ok = buf_printf(&names, "%s%s", shown++ ? ", " : "", head->name->chars);
  }
  if (ok)
    vm_raise(vm, vm->exc.TypeError,
             "Cannot create a consistent method resolution\norder (MRO) for "
             "bases %s",
             names.data);
  buf_free(&names);
  return ok ? false : vm_raise_memory(vm);
}

/* The C3 linearization of the bases, written to [out] (room for the sum
 * of the bases' MRO lengths plus one). Returns the count, -1 after
 * raising. */
static int c3_merge(EddyVM *vm, ObjTuple *bases, ObjClass **out) {
  int n = (int)bases->length + 1;
  ClassList lists[n];
  int heads[n];
  for (int i = 0; i + 1 < n; i++) {
    ObjTuple *mro = AS_CLASS(bases->items[i])->mro;
    lists[i].items = (ObjClass **)mro->items; /* replaced below */
    lists[i].count = (int)mro->length;
    heads[i] = 0;
  }
  /* The lists hold Values; convert to class pointers on the fly. */
  ObjClass *storage[256 * 8];
  int used = 0;
  for (int i = 0; i + 1 < n; i++) {
    ObjTuple *mro = AS_CLASS(bases->items[i])->mro;
    if (used + (int)mro->length > (int)(sizeof storage / sizeof *storage))
      return vm_raise(vm, vm->exc.TypeError, "class hierarchy too deep"), -1;
    lists[i].items = storage + used;
    for (size_t k = 0; k < mro->length; k++)
      storage[used++] = AS_CLASS(mro->items[k]);
  }
  ObjClass *direct[256];
  if (bases->length > 256)
    return vm_raise(vm, vm->exc.TypeError, "too many base classes"), -1;
  for (size_t k = 0; k < bases->length; k++) direct[k] = AS_CLASS(bases->items[k]);
  lists[n - 1].items = direct;
  lists[n - 1].count = (int)bases->length;
  heads[n - 1] = 0;
  int count = 0;
  for (;;) {
    ObjClass *pick = NULL;
    bool left = false;
    for (int i = 0; i < n && !pick; i++) {
      if (heads[i] >= lists[i].count) continue;
      left = true;
      ObjClass *cand = lists[i].items[heads[i]];
      if (!in_tail(lists, n, heads, cand)) pick = cand;
    }
    if (!left) return count;
    if (!pick) return mro_error(vm, lists, n, heads), -1;
    out[count++] = pick;
    for (int i = 0; i < n; i++)
      if (heads[i] < lists[i].count && lists[i].items[heads[i]] == pick)
        heads[i]++;
  }
}

/* Sets cls->mro to (cls,) + the C3 merge of its bases. */
static bool compute_mro(EddyVM *vm, ObjClass *cls) {
  ObjTuple *bases = cls->bases;
  size_t room = 1;
  for (size_t i = 0; i < bases->length; i++)
    room += AS_CLASS(bases->items[i])->mro->length;
  ObjClass **merged = malloc(sizeof(ObjClass *) * room);
  if (!merged) return vm_raise_memory(vm);
  int count = c3_merge(vm, bases, merged);
  ObjTuple *mro = count < 0 ? NULL : tuple_new(vm, (size_t)count + 1);
  if (mro) {
    mro->items[0] = OBJ_VAL(cls);
    for (int i = 0; i < count; i++) mro->items[i + 1] = OBJ_VAL(merged[i]);
    cls->mro = mro;
  }
  free(merged);
  return mro != NULL;
}

/* ---- making classes --------------------------------------------------------- */

/* The built-in class whose layout instances of a class deriving from
 * [bases] get; NULL after raising. */
static ObjClass *solid_base(EddyVM *vm, ObjTuple *bases) {
  ObjClass *solid = vm->types.object;
  for (size_t i = 0; i < bases->length; i++) {
    ObjClass *base = AS_CLASS(bases->items[i]);
    ObjClass *candidate = base;
    while (!candidate->is_builtin)
      candidate = AS_CLASS(candidate->bases->items[0]);
    for (size_t k = 0; k < base->mro->length; k++) {
      ObjClass *m = AS_CLASS(base->mro->items[k]);
      if (m->is_builtin && m->instance_layout != OBJ_INSTANCE) {
        candidate = m;
        break;
      }
    }
    if (candidate->instance_layout == OBJ_INSTANCE) continue;
    /* Every exception class shares BaseException's layout. */
    if (candidate->instance_layout == OBJ_EXCEPTION)
      candidate = vm->exc.BaseException;
    if (solid->instance_layout != OBJ_INSTANCE &&
        !class_is_subclass(candidate, solid) &&
        !class_is_subclass(solid, candidate)) {
      vm_raise(vm, vm->exc.TypeError,
               "multiple bases have instance lay-out conflict");
      return NULL;
    }
    if (solid->instance_layout == OBJ_INSTANCE ||
        class_is_subclass(candidate, solid))
      solid = candidate;
  }
  return solid;
}

/* Checks that every base is a class that may be derived from. */
static bool check_bases(EddyVM *vm, ObjTuple *bases) {
  for (size_t i = 0; i < bases->length; i++) {
    Value b = bases->items[i];
    if (!IS_CLASS(b))
      return vm_raise(vm, vm->exc.TypeError,
                      "bases must be types, not '%s'", vm_type_name(vm, b));
    ObjClass *base = AS_CLASS(b);
    if (!base->allows_subclass || base == vm->types.bool_)
      return vm_raise(vm, vm->exc.TypeError,
                      "type '%s' is not an acceptable base type",
                      base->name->chars);
    for (size_t j = 0; j < i; j++)
      if (AS_OBJ(bases->items[j]) == AS_OBJ(b))
        return vm_raise(vm, vm->exc.TypeError, "duplicate base class %s",
                        base->name->chars);
  }
  return true;
}

/* The layouts whose script subclasses Eddy supports. */
static bool layout_subclassable(ObjType layout) {
  return layout == OBJ_INSTANCE || layout == OBJ_EXCEPTION ||
         layout == OBJ_LIST || layout == OBJ_DICT || layout == OBJ_SET ||
         layout == OBJ_STR || layout == OBJ_BYTES || layout == OBJ_TUPLE ||
         layout == OBJ_BIGINT;
}

/* int or float when one of [bases] derives from it (its instances are
 * then boxed numbers), else NULL. */
static ObjClass *number_base(EddyVM *vm, ObjTuple *bases) {
  for (size_t i = 0; i < bases->length; i++) {
    ObjClass *base = AS_CLASS(bases->items[i]);
    if (class_is_subclass(base, vm->types.int_)) return vm->types.int_;
    if (class_is_subclass(base, vm->types.float_)) return vm->types.float_;
  }
  return NULL;
}

/* Checks that the layout [solid] can be derived from and, for a
 * number base [number], that nothing else claims the layout. */
static bool check_layout(EddyVM *vm, ObjClass *solid, ObjClass *number) {
  if (!layout_subclassable(solid->instance_layout))
    return vm_raise(vm, vm->exc.TypeError,
                    "subclassing '%s' is not supported by Eddy",
                    solid->name->chars);
  if (number && solid->instance_layout != OBJ_INSTANCE && solid != number)
    return vm_raise(vm, vm->exc.TypeError,
                    "multiple bases have instance lay-out conflict");
  return true;
}

/* Fills the namespace-derived fields of [cls] from its dict. */
static bool adopt_namespace(EddyVM *vm, ObjClass *cls, ObjStr *name) {
  ObjDict *dict = cls->dict;
  ObjStr *getattribute = str_intern_cstr(vm, "__getattribute__");
  if (!getattribute) return false;
  if (!IS_UNDEF(dict_get_str(dict, getattribute)))
    return vm_raise(vm, vm->exc.TypeError,
                    "defining __getattribute__ is not supported by Eddy "
                    "(define __getattr__ instead)");
  Value qualname = dict_get_str(dict, vm->str.qualname);
  if (!IS_UNDEF(qualname)) {
    if (!IS_STR(qualname))
      return vm_raise(vm, vm->exc.TypeError,
                      "type __qualname__ must be a str, not %s",
                      vm_type_name(vm, qualname));
    cls->qualname = AS_STR(qualname);
    dict_delete_str(dict, vm->str.qualname);
  } else {
    cls->qualname = name;
  }
  Value module = dict_get_str(dict, vm->str.module);
  cls->module = IS_UNDEF(module) ? NONE_VAL : module;
  if (IS_UNDEF(dict_get_str(dict, vm->str.doc)) &&
      !dict_set_str(vm, dict, vm->str.doc, NONE_VAL))
    return false;
  /* Defining __eq__ without __hash__ makes instances unhashable. */
  ObjStr *eq = str_intern_cstr(vm, "__eq__");
  ObjStr *hash = str_intern_cstr(vm, "__hash__");
  if (!eq || !hash) return false;
  if (!IS_UNDEF(dict_get_str(dict, eq)) && IS_UNDEF(dict_get_str(dict, hash)))
    return dict_set_str(vm, dict, hash, NONE_VAL);
  return true;
}

ObjClass *class_new(EddyVM *vm, ObjStr *name, ObjTuple *bases, ObjDict *dict) {
  if (bases->length == 0) {
    bases = tuple_from_array(vm, &OBJ_VAL(vm->types.object), 1);
    if (!bases) return NULL;
  }
  gc_push_root(vm, OBJ_VAL(bases));
  ObjClass *solid = check_bases(vm, bases) ? solid_base(vm, bases) : NULL;
  ObjClass *number = solid ? number_base(vm, bases) : NULL;
  if (solid && !check_layout(vm, solid, number)) solid = NULL;
  ObjClass *cls = solid ? (ObjClass *)gc_new_object(vm, sizeof(ObjClass),
                                                    OBJ_CLASS, vm->types.type)
                        : NULL;
  gc_pop_roots(vm, 1);
  if (!cls) return NULL;
  cls->name = name;
  cls->qualname = name;
  cls->dict = dict;
  dict->epoch = &vm->class_epoch;
  vm->class_epoch++; /* the dict may already have been looked through */
  cls->bases = bases;
  cls->module = NONE_VAL;
  cls->instance_layout = number ? OBJ_INSTANCE : solid->instance_layout;
  cls->ops = number ? &boxed_ops : solid->ops;
  cls->boxes_value = number != NULL;
  cls->allows_subclass = true;
  gc_push_root(vm, OBJ_VAL(cls));
  bool ok = adopt_namespace(vm, cls, name) && compute_mro(vm, cls);
  gc_pop_roots(vm, 1);
  return ok ? cls : NULL;
}

/* Calls __set_name__(cls, name) on every attribute of the new class
 * [cls] whose script class defines it, as type.__new__ does. */
static bool set_names(EddyVM *vm, ObjClass *cls) {
  ObjStr *hook = str_intern_cstr(vm, "__set_name__");
  if (!hook) return false;
  ObjDict *copy = dict_copy(vm, cls->dict); /* hooks may change the dict */
  if (!copy) return false;
  gc_push_root(vm, OBJ_VAL(copy));
  size_t pos = 0;
  Value key, value;
  bool ok = true;
  while (ok && dict_next(copy, &pos, &key, &value)) {
    if (!IS_INSTANCE(value) || AS_OBJ(value)->cls->is_builtin) continue;
    Value fn = class_lookup(AS_OBJ(value)->cls, hook);
    if (IS_UNDEF(fn)) continue;
    Value args[3] = {value, OBJ_VAL(cls), key}, ignored;
    ok = vm_call(vm, fn, args, 3, NULL, &ignored);
  }
  gc_pop_roots(vm, 1);
  return ok;
}

/* ---- __build_class__ -------------------------------------------------------- */

/* Calls a script-defined __init_subclass__ of a base with the class
 * statement's keyword arguments. */
static bool init_subclass(EddyVM *vm, ObjClass *cls, Value *kwvalues,
                          ObjTuple *kwnames) {
  ObjStr *name = str_intern_cstr(vm, "__init_subclass__");
  if (!name) return false;
  Value hook = UNDEF_VAL;
  for (size_t i = 1; i < cls->mro->length && IS_UNDEF(hook); i++)
    hook = dict_get_str(AS_CLASS(cls->mro->items[i])->dict, name);
  size_t nkw = kwnames ? kwnames->length : 0;
  if (IS_UNDEF(hook) || IS_NATIVE(hook)) {
    if (nkw == 0) return true;
    return vm_raise(vm, vm->exc.TypeError,
                    "%s.__init_subclass__() takes no keyword arguments",
                    cls->name->chars);
  }
  Value fn = IS_PROPERTY(hook) ? AS_PROPERTY(hook)->fget : hook;
  Value args[65];
  if (nkw > 64) return vm_raise(vm, vm->exc.TypeError, "too many keywords");
  args[0] = OBJ_VAL(cls);
  for (size_t i = 0; i < nkw; i++) args[i + 1] = kwvalues[i];
  Value ignored;
  return vm_call(vm, fn, args, 1, nkw ? kwnames : NULL, &ignored);
}

/* The keyword arguments of a class statement other than metaclass. */
static bool class_keywords(EddyVM *vm, Value *kwvalues, ObjTuple *kwnames,
                           Value *rest_values, ObjTuple **rest_names) {
  *rest_names = NULL;
  size_t n = kwnames ? kwnames->length : 0, kept = 0;
  for (size_t i = 0; i < n; i++) {
    ObjStr *key = AS_STR(kwnames->items[i]);
    if (str_equal_cstr(key, "metaclass")) {
      if (!IS_CLASS(kwvalues[i]) ||
          AS_CLASS(kwvalues[i]) != vm->types.type)
        return vm_raise(vm, vm->exc.TypeError,
                        "metaclasses are not supported by Eddy");
      continue;
    }
    rest_values[kept++] = kwvalues[i];
  }
  if (kept == 0) return true;
  ObjTuple *names = tuple_new(vm, kept);
  if (!names) return false;
  for (size_t i = 0, k = 0; i < n; i++) {
    ObjStr *key = AS_STR(kwnames->items[i]);
    if (!str_equal_cstr(key, "metaclass")) names->items[k++] = OBJ_VAL(key);
  }
  *rest_names = names;
  return true;
}

/* __build_class__(func, name, *bases, **keywords) */
static bool build_class(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  if (nargs < 2 || !IS_FUNCTION(args[0]) || !IS_STR(args[1]))
    return vm_raise(vm, vm->exc.TypeError,
                    "__build_class__: func and name are required");
  size_t nkw = kwnames ? kwnames->length : 0;
  Value rest[64];
  ObjTuple *rest_names;
  if (nkw > 64) return vm_raise(vm, vm->exc.TypeError, "too many keywords");
  if (!class_keywords(vm, args + nargs, kwnames, rest, &rest_names))
    return false;
  if (rest_names) gc_push_root(vm, OBJ_VAL(rest_names));
  int roots = rest_names ? 1 : 0;
  ObjTuple *bases = tuple_from_array(vm, args + 2, (size_t)(nargs - 2));
  if (bases) {
    gc_push_root(vm, OBJ_VAL(bases));
    roots++;
  }
  ObjDict *ns = bases ? dict_new(vm) : NULL;
  bool ok = ns != NULL;
  if (ok) {
    gc_push_root(vm, OBJ_VAL(ns));
    roots++;
  }
  Value cell = NONE_VAL;
  /* The body returns the __class__ cell, or None. */
  ok = ok && vm_call_with_locals(vm, AS_FUNCTION(args[0]), ns, &cell);
  ObjClass *cls = ok ? class_new(vm, AS_STR(args[1]), bases, ns) : NULL;
  if (cls) {
    gc_push_root(vm, OBJ_VAL(cls));
    roots++;
    if (IS_OBJ_TYPE(cell, OBJ_CELL)) AS_CELL(cell)->value = OBJ_VAL(cls);
    dict_delete_str(ns, str_intern_cstr(vm, "__classcell__"));
  }
  ok = cls && set_names(vm, cls) && init_subclass(vm, cls, rest, rest_names);
  gc_pop_roots(vm, roots);
  if (ok) *result = OBJ_VAL(cls);
  return ok;
}

/* __module__ for a class made by type(): the caller's __name__. */
static bool default_module(EddyVM *vm, ObjDict *ns) {
  if (!IS_UNDEF(dict_get_str(ns, vm->str.module))) return true;
  Task *task = vm->task;
  if (!task || task->frame_count == 0) return true;
  ObjDict *globals = task->frames[task->frame_count - 1].function->globals;
  Value name = dict_get_str(globals, vm->str.name);
  return IS_UNDEF(name) || dict_set_str(vm, ns, vm->str.module, name);
}

bool class_from_type_call(EddyVM *vm, Value name, Value bases, Value ns,
                          Value *out) {
  const char *wrong = !IS_STR(name)     ? "argument 1 must be str"
                      : !IS_TUPLE(bases) ? "argument 2 must be tuple"
                      : !IS_DICT(ns)     ? "argument 3 must be dict"
                                         : NULL;
  if (wrong) {
    Value bad = !IS_STR(name) ? name : !IS_TUPLE(bases) ? bases : ns;
    return vm_raise(vm, vm->exc.TypeError, "type.__new__() %s, not %s", wrong,
                    vm_type_name(vm, bad));
  }
  ObjDict *copy = dict_copy(vm, AS_DICT(ns));
  if (!copy) return false;
  gc_push_root(vm, OBJ_VAL(copy));
  ObjClass *cls = default_module(vm, copy)
                      ? class_new(vm, AS_STR(name), AS_TUPLE(bases), copy)
                      : NULL;
  if (cls) gc_push_root(vm, OBJ_VAL(cls));
  bool ok = cls && set_names(vm, cls) && init_subclass(vm, cls, NULL, NULL);
  gc_pop_roots(vm, cls ? 2 : 1);
  if (ok) *out = OBJ_VAL(cls);
  return ok;
}

/* ---- instantiation ----------------------------------------------------------- */

/* The built-in class in [cls]'s MRO whose constructor makes instances. */
static ObjClass *builtin_base(ObjClass *cls) {
  for (size_t i = 0; i < cls->mro->length; i++) {
    ObjClass *m = AS_CLASS(cls->mro->items[i]);
    if (m->is_builtin && m->construct) return m;
  }
  return NULL;
}

/* True when [new_fn], the __new__ found on a class, is a script's
 * rather than a built-in class's. */
static bool is_script_new(EddyVM *vm, Value new_fn) {
  if (IS_FUNCTION(new_fn)) return true;
  return IS_PROPERTY(new_fn) &&
         AS_OBJ(new_fn)->cls == vm->types.staticmethod &&
         !IS_NATIVE(AS_PROPERTY(new_fn)->fget);
}

/* Lets the built-in base of [cls] make the instance from [all] (the
 * class, then the call's [npos] positional arguments and keywords):
 * numbers come back boxed for subclasses of int and float. */
static bool builtin_make(EddyVM *vm, ObjClass *cls, Value *all, int npos,
                         ObjTuple *kwnames, Value *out) {
  ObjClass *base = builtin_base(cls);
  if (!base)
    return vm_raise(vm, vm->exc.TypeError, "cannot create '%s' instances",
                    cls->name->chars);
  if (!base->construct(vm, all, npos + 1, kwnames, out)) return false;
  if (!cls->boxes_value || value_is_boxed(*out)) return true;
  return boxed_new(vm, cls, out);
}

/* Makes the instance: a script __new__, or the built-in base's
 * constructor given the class and the arguments. */
static bool make_instance(EddyVM *vm, ObjClass *cls, Value *args, int argc,
                          ObjTuple *kwnames, bool *custom_new, Value *out) {
  Value new_fn = class_lookup(cls, vm->str.new_);
  *custom_new = is_script_new(vm, new_fn);
  int npos = argc - (kwnames ? (int)kwnames->length : 0);
  Value local[17];
  Value *all = argc < 16 ? local : malloc(sizeof(Value) * (size_t)(argc + 1));
  if (!all) return vm_raise_memory(vm);
  all[0] = OBJ_VAL(cls);
  memcpy(all + 1, args, sizeof(Value) * (size_t)argc);
  bool ok;
  if (*custom_new) {
    Value fn = IS_PROPERTY(new_fn) ? AS_PROPERTY(new_fn)->fget : new_fn;
    ok = vm_call(vm, fn, all, npos + 1, kwnames, out);
  } else {
    ok = builtin_make(vm, cls, all, npos, kwnames, out);
  }
  if (all != local) free(all);
  return ok;
}

/* object.__new__(cls, ...) with arguments beyond the class: allowed,
 * as in CPython, only when [cls] overrides __init__ but not __new__. */
static bool object_new_extra_args(EddyVM *vm, ObjClass *cls) {
  if (is_script_new(vm, class_lookup(cls, vm->str.new_)))
    return vm_raise(vm, vm->exc.TypeError,
                    "object.__new__() takes exactly one argument (the type "
                    "to instantiate)");
  Value init = class_lookup(cls, vm->str.init);
  if (!IS_NATIVE(init)) return true;
  return vm_raise(vm, vm->exc.TypeError, "%s() takes no arguments",
                  cls->name->chars);
}

/* X.__new__(cls, *args, **kwargs) of the built-in classes: makes an
 * instance of [cls] as its nearest built-in base would. */
static bool builtin_new(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  if (nargs < 1)
    return vm_raise(vm, vm->exc.TypeError,
                    "object.__new__(): not enough arguments");
  if (!IS_CLASS(args[0]))
    return vm_raise(vm, vm->exc.TypeError,
                    "object.__new__(X): X is not a type object (%s)",
                    vm_type_name(vm, args[0]));
  ObjClass *cls = AS_CLASS(args[0]);
  if (builtin_base(cls) == vm->types.object && nargs > 1 &&
      !object_new_extra_args(vm, cls))
    return false;
  return builtin_make(vm, cls, args, nargs - 1, kwnames, result);
}

/* Puts builtin_new, as a staticmethod, in [cls]'s dict as __new__. */
static bool install_new(EddyVM *vm, ObjClass *cls) {
  ObjNative *fn = native_new(vm, "__new__", builtin_new);
  if (!fn) return false;
  gc_push_root(vm, OBJ_VAL(fn));
  ObjProperty *p = (ObjProperty *)gc_new_object(vm, sizeof(ObjProperty),
                                                OBJ_PROPERTY,
                                                vm->types.staticmethod);
  gc_pop_roots(vm, 1);
  if (!p) return false;
  p->fget = OBJ_VAL(fn);
  p->fset = p->fdel = p->doc = NONE_VAL;
  return dict_set_str(vm, cls->dict, vm->str.new_, OBJ_VAL(p));
}

/* Gives every built-in class scripts derive from its __new__. */
static bool install_builtin_news(EddyVM *vm) {
  BuiltinClasses *t = &vm->types;
  ObjClass *const classes[] = {
      t->object, t->int_, t->float_, t->str,  t->bytes,
      t->tuple,  t->list, t->dict,   t->set,  t->frozenset,
      vm->exc.BaseException,
  };
  for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++) {
    if (!install_new(vm, classes[i])) return false;
  }
  return true;
}

/* Refuses arguments to a class that defines neither __init__ nor
 * __new__, as object.__init__ does. */
static bool no_arguments(EddyVM *vm, ObjClass *cls, int argc) {
  if (argc == 0) return true;
  return vm_raise(vm, vm->exc.TypeError, "%s() takes no arguments",
                  cls->name->chars);
}

bool class_call(EddyVM *vm, Task *task, size_t slot, int argc,
                ObjTuple *kwnames, size_t ret, bool *pushed) {
  ObjClass *cls = AS_CLASS(task->values[slot]);
  *pushed = false;
  Value inst;
  bool custom_new;
  if (!make_instance(vm, cls, task->values + slot + 1, argc, kwnames,
                     &custom_new, &inst))
    return false;
  Value init = class_lookup(cls, vm->str.init);
  bool plain_init = IS_NATIVE(init) &&
                    class_lookup(vm->types.object, vm->str.init).as.obj ==
                        AS_OBJ(init);
  if (!class_is_subclass(vm_class_of(vm, inst), cls) || plain_init) {
    if (plain_init && !custom_new &&
        builtin_base(cls) == vm->types.object &&
        !no_arguments(vm, cls, argc))
      return false;
    task->values[ret] = inst;
    task->sp = ret + 1;
    return true;
  }
  /* [inst, init, inst, args...]: the frame returns the instance. */
  if (!task_ensure_stack(vm, task, 2)) return false;
  Value *v = task->values;
  memmove(&v[slot + 3], &v[slot + 1], sizeof(Value) * (size_t)argc);
  v[slot] = inst;
  v[ret] = inst;
  v[slot + 1] = init;
  v[slot + 2] = inst;
  task->sp = slot + 3 + (size_t)argc;
  if (IS_FUNCTION(init)) {
    if (!call_push_function(vm, task, AS_FUNCTION(init), slot + 1, argc + 1,
                            kwnames, slot))
      return false;
    task->frames[task->frame_count - 1].is_init = true;
    task->frames[task->frame_count - 1].ret = ret;
    *pushed = true;
    return true;
  }
  Value result;
  int npos = argc + 1 - (kwnames ? (int)kwnames->length : 0);
  if (!vm_call(vm, init, &v[slot + 2], npos, kwnames, &result)) return false;
  if (!IS_NONE(result))
    return vm_raise(vm, vm->exc.TypeError,
                    "__init__() should return None, not '%s'",
                    vm_type_name(vm, result));
  task->values[ret] = inst;
  task->sp = ret + 1;
  return true;
}

/* ---- super ---------------------------------------------------------------- */

/* The __class__ cell and first argument of the calling frame. */
static bool super_from_frame(EddyVM *vm, Value *cls, Value *obj) {
  Task *task = vm->task;
  if (task->frame_count == 0)
    return vm_raise(vm, vm->exc.RuntimeError, "super(): no current frame");
  CallFrame *frame = &task->frames[task->frame_count - 1];
  ObjCode *code = frame->code;
  Value *slots = task->values + frame->base;
  if (code->argcount == 0 && !(code->flags & CODE_VARARGS))
    return vm_raise(vm, vm->exc.RuntimeError, "super(): no arguments");
  size_t ncells = code->cellvars->length;
  *obj = slots[0];
  for (size_t i = 0; i < ncells; i++)
    if (code->cell2arg[i] == 0) *obj = AS_CELL(slots[code->nlocals + i])->value;
  if (IS_UNDEF(*obj))
    return vm_raise(vm, vm->exc.RuntimeError, "super(): arg[0] deleted");
  for (size_t i = 0; i < code->freevars->length; i++) {
    if (!str_equal_cstr(AS_STR(code->freevars->items[i]), "__class__")) continue;
    *cls = AS_CELL(slots[code->nlocals + ncells + i])->value;
    if (!IS_CLASS(*cls))
      return vm_raise(vm, vm->exc.RuntimeError, "super(): empty __class__ cell");
    return true;
  }
  return vm_raise(vm, vm->exc.RuntimeError, "super(): __class__ cell not found");
}

/* super() and super(type, obj). */
static bool super_construct(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  if (!native_no_kwargs(vm, "super", kwnames)) return false;
  Value cls, obj;
  if (nargs == 1) {
    if (!super_from_frame(vm, &cls, &obj)) return false;
  } else if (nargs == 3) {
    cls = args[1];
    obj = args[2];
    if (!IS_CLASS(cls))
      return vm_raise(vm, vm->exc.TypeError,
                      "super() argument 1 must be a type, not %s",
                      vm_type_name(vm, cls));
  } else {
    return vm_raise(vm, vm->exc.TypeError,
                    "super() takes 1 or 2 arguments, not %d", nargs - 1);
  }
  bool instance = class_is_subclass(vm_class_of(vm, obj), AS_CLASS(cls));
  bool subtype = IS_CLASS(obj) && class_is_subclass(AS_CLASS(obj), AS_CLASS(cls));
  if (!instance && !subtype)
    return vm_raise(vm, vm->exc.TypeError,
                    "super(type, obj): obj must be an instance or subtype of "
                    "type");
  ObjBoundMethod *sup = (ObjBoundMethod *)gc_new_object(
      vm, sizeof(ObjBoundMethod), OBJ_BOUND_METHOD, vm->types.super_);
  if (!sup) return false;
  sup->self = obj;
  sup->function = cls;
  *result = OBJ_VAL(sup);
  return true;
}

/* ---- property, staticmethod, classmethod ------------------------------------ */

/* staticmethod(f) and classmethod(f). */
static bool wrapper_construct(EddyVM *vm, Value *args, int nargs,
                              ObjTuple *kwnames, Value *result) {
  ObjClass *cls = AS_CLASS(args[0]);
  if (!native_no_kwargs(vm, cls->name->chars, kwnames) ||
      !native_check_count(vm, cls->name->chars, nargs - 1, 1, 1))
    return false;
  ObjProperty *p = (ObjProperty *)gc_new_object(vm, sizeof(ObjProperty),
                                                OBJ_PROPERTY, cls);
  if (!p) return false;
  p->fget = args[1];
  p->fset = NONE_VAL;
  p->fdel = NONE_VAL;
  p->doc = NONE_VAL;
  *result = OBJ_VAL(p);
  return true;
}

/* property(fget=None, fset=None, fdel=None, doc=None) */
static bool property_construct(EddyVM *vm, Value *args, int nargs,
                               ObjTuple *kwnames, Value *result) {
  static const char *const names[] = {"fget", "fset", "fdel", "doc"};
  Value parts[4];
  if (!native_parse_args(vm, "property", args + 1, nargs - 1, kwnames, names,
                         4, 0, 0, parts))
    return false;
  ObjProperty *p = (ObjProperty *)gc_new_object(
      vm, sizeof(ObjProperty), OBJ_PROPERTY, AS_CLASS(args[0]));
  if (!p) return false;
  p->fget = IS_UNDEF(parts[0]) ? NONE_VAL : parts[0];
  p->fset = IS_UNDEF(parts[1]) ? NONE_VAL : parts[1];
  p->fdel = IS_UNDEF(parts[2]) ? NONE_VAL : parts[2];
  p->doc = IS_UNDEF(parts[3]) ? NONE_VAL : parts[3];
  if (IS_NONE(p->doc) && IS_FUNCTION(p->fget)) p->doc = AS_FUNCTION(p->fget)->doc;
  *result = OBJ_VAL(p);
  return true;
}

/* A copy of the property args[0] with one accessor replaced. */
static bool property_with(EddyVM *vm, Value *args, int nargs,
                          ObjTuple *kwnames, int which, Value *result) {
  if (!native_no_kwargs(vm, "property", kwnames) ||
      !native_check_count(vm, "property", nargs - 1, 1, 1))
    return false;
  ObjProperty *old = AS_PROPERTY(args[0]);
  ObjProperty *p = (ObjProperty *)gc_new_object(vm, sizeof(ObjProperty),
                                                OBJ_PROPERTY, old->obj.cls);
  if (!p) return false;
  p->fget = which == 0 ? args[1] : old->fget;
  p->fset = which == 1 ? args[1] : old->fset;
  p->fdel = which == 2 ? args[1] : old->fdel;
  p->doc = old->doc;
  if (which == 0 && IS_NONE(p->doc) && IS_FUNCTION(args[1]))
    p->doc = AS_FUNCTION(args[1])->doc;
  *result = OBJ_VAL(p);
  return true;
}

static bool property_getter(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  return property_with(vm, args, nargs, kwnames, 0, result);
}

static bool property_setter(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  return property_with(vm, args, nargs, kwnames, 1, result);
}

static bool property_deleter(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  return property_with(vm, args, nargs, kwnames, 2, result);
}

/* Installs [name] in the builtins as the class [cls]. */
static bool export_class(EddyVM *vm, const char *name, ObjClass *cls) {
  ObjStr *key = str_intern_cstr(vm, name);
  return key && dict_set_str(vm, vm->builtins, key, OBJ_VAL(cls));
}

bool class_install(EddyVM *vm) {
  BuiltinClasses *t = &vm->types;
  t->super_->construct = super_construct;
  t->staticmethod->construct = wrapper_construct;
  t->classmethod->construct = wrapper_construct;
  t->property->construct = property_construct;
  return native_define(vm, vm->builtins, "__build_class__", build_class,
                       false) &&
         native_method(vm, t->property, "getter", property_getter) &&
         native_method(vm, t->property, "setter", property_setter) &&
         native_method(vm, t->property, "deleter", property_deleter) &&
         export_class(vm, "super", t->super_) &&
         export_class(vm, "property", t->property) &&
         export_class(vm, "staticmethod", t->staticmethod) &&
         export_class(vm, "classmethod", t->classmethod) &&
         install_builtin_news(vm);
}

/* ---- the entry points obj_function.h declares ----------------------------- */

bool class_create(EddyVM *vm, ObjStr *name, ObjTuple *bases, ObjDict *dict,
                  Value *out) {
  ObjClass *cls = class_new(vm, name, bases, dict);
  if (!cls) return false;
  *out = OBJ_VAL(cls);
  return true;
}

bool class_new_instance(EddyVM *vm, ObjClass *cls, Value *out) {
  if (cls->instance_layout == OBJ_EXCEPTION) {
    ObjException *exc = exception_new(vm, cls, NULL);
    if (!exc) return false;
    *out = OBJ_VAL(exc);
    return true;
  }
  if (cls->instance_layout != OBJ_INSTANCE)
    return vm_raise(vm, vm->exc.TypeError,
                    "cannot create '%s' instances without its constructor",
                    cls->name->chars);
  Obj *obj = gc_new_object(vm, sizeof(ObjInstance), OBJ_INSTANCE, cls);
  if (!obj) return false;
  *out = OBJ_VAL(obj);
  return true;
}
