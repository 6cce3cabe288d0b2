/* exception_group.c: BaseExceptionGroup, ExceptionGroup and except*.
 *
 * A split keeps the parts it rebuilds in lists while it walks the group;
 * everything held only in C locals across an allocation is pushed on
 * the temporary roots. Recursion into nested groups is bounded by the
 * recursion limit, as a call chain would be (a group cannot contain
 * itself: its members are fixed in a tuple before it exists).
 */
#include "vm/exception_group.h"

#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_dict.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/protocol.h"

/* How a split decides that an exception matches. */
typedef enum {
  MATCH_TYPE,      /* isinstance of a class or tuple of classes */
  MATCH_PREDICATE, /* a callable returns true for it */
  MATCH_LEAVES,    /* it is one of a list of exceptions (not a group) */
} MatchKind;

typedef struct Matcher {
  MatchKind kind; /* how to test */
  Value value;    /* the class or tuple, the callable, or the list */
} Matcher;

bool exception_is_group(Value v) {
  return IS_EXCEPTION(v) && IS_TUPLE(AS_EXCEPTION(v)->eg_exceptions);
}

/* The members of the group [v]. */
static ObjTuple *members(Value v) {
  return AS_TUPLE(AS_EXCEPTION(v)->eg_exceptions);
}

/* ---- making groups ------------------------------------------------------ */

bool exception_group_sequence(EddyVM *vm, Value v) {
  if (IS_LIST(v) || IS_TUPLE(v) || IS_STR(v) || IS_BYTES(v) || IS_RANGE(v))
    return true;
  if (!IS_OBJ(v) || IS_DICT(v)) return false;
  ObjClass *cls = vm_class_of(vm, v);
  return !cls->is_builtin && !IS_UNDEF(class_lookup(cls, vm->str.getitem));
}

/* Checks that every member of [excs] is an exception; [*base] tells
 * whether one of them is not an Exception. */
static bool check_members(EddyVM *vm, ObjTuple *excs, bool *base) {
  *base = false;
  for (size_t i = 0; i < excs->length; i++) {
    Value e = excs->items[i];
    if (!IS_EXCEPTION(e))
      return vm_raise(vm, vm->exc.ValueError,
                      "Item %zu of second argument (exceptions) is not an "
                      "exception",
                      i);
    if (!class_is_subclass(vm_class_of(vm, e), vm->exc.Exception)) *base = true;
  }
  return true;
}

/* The class a new group asked of [cls] gets: BaseExceptionGroup makes an
 * ExceptionGroup unless a member is only a BaseException ([base]);
 * ExceptionGroup and its subclasses refuse such members. NULL after
 * raising. */
static ObjClass *group_class(EddyVM *vm, ObjClass *cls, bool base) {
  if (cls == vm->exc.BaseExceptionGroup)
    return base ? cls : vm->exc.ExceptionGroup;
  if (!base || !class_is_subclass(cls, vm->exc.Exception)) return cls;
  if (cls == vm->exc.ExceptionGroup)
    vm_raise(vm, vm->exc.TypeError,
             "Cannot nest BaseExceptions in an ExceptionGroup");
  else
    vm_raise(vm, vm->exc.TypeError, "Cannot nest BaseExceptions in '%s'",
             cls->name->chars);
  return NULL;
}

/* A new group asked of the class [cls] with [args] = (message,
 * exceptions), checked as BaseExceptionGroup.__new__ checks them.
 * [args] must be rooted. */
static bool make_group(EddyVM *vm, ObjClass *cls, ObjTuple *args, Value *out) {
  Value msg = args->items[0], seq = args->items[1];
  if (!IS_STR(msg))
    return vm_raise(vm, vm->exc.TypeError,
                    "BaseExceptionGroup.__new__() argument 1 must be str, "
                    "not %s",
                    vm_type_name(vm, msg));
  if (!exception_group_sequence(vm, seq))
    return vm_raise(vm, vm->exc.TypeError,
                    "second argument (exceptions) must be a sequence");
  Value excs;
  if (!tuple_from_iterable(vm, seq, &excs)) return false;
  gc_push_root(vm, excs);
  bool base = false;
  bool ok = AS_TUPLE(excs)->length > 0 ||
            vm_raise(vm, vm->exc.ValueError,
                     "second argument (exceptions) must be a non-empty "
                     "sequence");
  ok = ok && check_members(vm, AS_TUPLE(excs), &base);
  ObjClass *made = ok ? group_class(vm, cls, base) : NULL;
  ObjException *group = made ? exception_new(vm, made, args) : NULL;
  gc_pop_roots(vm, 1);
  if (!group) return false;
  group->eg_message = msg;
  group->eg_exceptions = excs;
  *out = OBJ_VAL(group);
  return true;
}

/* BaseExceptionGroup([msg], [excs]): the result of calling the built-in
 * class with those two values. */
static bool new_base_group(EddyVM *vm, Value msg, Value excs, Value *out) {
  ObjTuple *args = tuple_pack2(vm, msg, excs);
  if (!args) return false;
  gc_push_root(vm, OBJ_VAL(args));
  bool ok = make_group(vm, vm->exc.BaseExceptionGroup, args, out);
  gc_pop_roots(vm, 1);
  return ok;
}

/* What calling BaseExceptionGroup, ExceptionGroup or a subclass does:
 * __new__'s checks of (message, exceptions), then, for the built-in
 * classes, __init__'s refusal of keyword arguments. */
static bool group_construct(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  ObjClass *cls = AS_CLASS(args[0]);
  if (nargs != 3)
    return vm_raise(vm, vm->exc.TypeError,
                    "BaseExceptionGroup.__new__() takes exactly 2 arguments "
                    "(%d given)",
                    nargs - 1);
  ObjTuple *tuple = tuple_from_array(vm, args + 1, 2);
  if (!tuple) return false;
  gc_push_root(vm, OBJ_VAL(tuple));
  bool ok = make_group(vm, cls, tuple, result);
  gc_pop_roots(vm, 1);
  if (!ok || !cls->is_builtin) return ok;
  return native_no_kwargs(vm, AS_OBJ(*result)->cls->name->chars, kwnames);
}

/* ---- str and attributes ---------------------------------------------------
 */

bool exception_group_str(EddyVM *vm, ObjException *group, ByteBuf *out) {
  ObjStr *msg = AS_STR(group->eg_message);
  size_t n = AS_TUPLE(group->eg_exceptions)->length;
  if (buf_append(out, msg->chars, msg->length) &&
      buf_printf(out, " (%zu sub-exception%s)", n, n > 1 ? "s" : ""))
    return true;
  return vm_raise_memory(vm);
}

bool exception_group_attr(EddyVM *vm, ObjException *exc, ObjStr *name,
                          Value *out) {
  (void)vm;
  if (!IS_TUPLE(exc->eg_exceptions)) return false;
  if (str_equal_cstr(name, "message")) {
    *out = exc->eg_message;
    return true;
  }
  if (str_equal_cstr(name, "exceptions")) {
    *out = exc->eg_exceptions;
    return true;
  }
  return false;
}

bool exception_group_readonly(EddyVM *vm, ObjException *exc, ObjStr *name) {
  Value ignored;
  return exception_group_attr(vm, exc, name, &ignored);
}

/* ---- splitting ----------------------------------------------------------- */

/* Calls the method [name] of [obj] with the one argument [arg]: derive
 * and split, which subclasses may override. */
static bool call_method1(EddyVM *vm, Value obj, const char *name, Value arg,
                         Value *out) {
  ObjStr *key = str_intern_cstr(vm, name);
  if (!key) return false;
  gc_push_root(vm, OBJ_VAL(key));
  Value method;
  bool ok = value_getattr(vm, obj, key, &method);
  gc_pop_roots(vm, 1);
  if (!ok) return false;
  gc_push_root(vm, method);
  ok = vm_call(vm, method, &arg, 1, NULL, out);
  gc_pop_roots(vm, 1);
  return ok;
}

/* Gives [to] a copy of the traceback of [from], when it has one. */
static bool copy_traceback(EddyVM *vm, ObjException *from, ObjException *to) {
  Value tb = from->traceback;
  if (!IS_LIST(tb)) {
    if (!IS_NONE(tb)) to->traceback = tb;
    return true;
  }
  if (AS_LIST(tb)->length == 0) return true;
  ObjList *copy = list_from_array(vm, AS_LIST(tb)->items, AS_LIST(tb)->length);
  if (!copy) return false;
  to->traceback = OBJ_VAL(copy);
  return true;
}

/* Gives [to] a list copy of the __notes__ of [from], when it has notes
 * that are a sequence. */
static bool copy_notes(EddyVM *vm, ObjException *from, Value to) {
  if (!from->dict) return true;
  Value notes = dict_get_str(from->dict, vm->str.notes);
  if (IS_UNDEF(notes) || !exception_group_sequence(vm, notes)) return true;
  Value copy;
  if (!value_to_list(vm, notes, &copy)) return false;
  gc_push_root(vm, copy);
  bool ok = exception_setattr(vm, to, vm->str.notes, copy);
  gc_pop_roots(vm, 1);
  return ok;
}

/* The part of the group [orig] made of [excs] (None when empty): made
 * by orig.derive(excs), with orig's traceback, cause, context and notes.
 * [orig] and [excs] must be rooted. */
static bool subset(EddyVM *vm, Value orig, ObjList *excs, Value *out) {
  *out = NONE_VAL;
  if (excs->length == 0) return true;
  Value part;
  if (!call_method1(vm, orig, "derive", OBJ_VAL(excs), &part)) return false;
  if (!exception_is_group(part))
    return vm_raise(vm, vm->exc.TypeError,
                    "derive must return an instance of BaseExceptionGroup");
  ObjException *from = AS_EXCEPTION(orig), *to = AS_EXCEPTION(part);
  gc_push_root(vm, part);
  bool ok = copy_traceback(vm, from, to);
  to->context = from->context;
  to->cause = from->cause;
  to->suppress_context = true;
  ok = ok && copy_notes(vm, from, part);
  gc_pop_roots(vm, 1);
  *out = part;
  return ok;
}

/* True when [list] holds [v] itself. */
static bool holds(ObjList *list, Value v) {
  for (size_t i = 0; i < list->length; i++)
    if (value_is(list->items[i], v)) return true;
  return false;
}

/* Tests [exc] against [m]. */
static bool matches(EddyVM *vm, const Matcher *m, Value exc, bool *out) {
  switch (m->kind) {
  case MATCH_TYPE: return exception_matches(vm, exc, m->value, out);
  case MATCH_LEAVES:
    *out = !exception_is_group(exc) && holds(AS_LIST(m->value), exc);
    return true;
  case MATCH_PREDICATE: break;
  }
  Value verdict;
  if (!vm_call(vm, m->value, &exc, 1, NULL, &verdict)) return false;
  gc_push_root(vm, verdict);
  bool ok = value_truthy(vm, verdict, out);
  gc_pop_roots(vm, 1);
  return ok;
}

/* Fails with RecursionError when nesting passes the recursion limit. */
static bool check_depth(EddyVM *vm, int depth) {
  if (depth <= vm->recursion_limit) return true;
  return vm_raise(vm, vm->exc.RecursionError,
                  "maximum recursion depth exceeded");
}

static bool split(EddyVM *vm, Value exc, const Matcher *m, bool want_rest,
                  int depth, Value *match, Value *rest);

/* Splits each member of the group [exc] into [matched] and [rested]
 * (NULL: not wanted). */
static bool split_members(EddyVM *vm, Value exc, const Matcher *m,
                          ObjList *matched, ObjList *rested, int depth) {
  ObjTuple *excs = members(exc);
  for (size_t i = 0; i < excs->length; i++) {
    Value part_match, part_rest;
    if (!split(vm, excs->items[i], m, rested != NULL, depth + 1, &part_match,
               &part_rest))
      return false;
    gc_push_root(vm, part_match);
    gc_push_root(vm, part_rest);
    bool ok = (IS_NONE(part_match) || list_append(vm, matched, part_match)) &&
              (IS_NONE(part_rest) || list_append(vm, rested, part_rest));
    gc_pop_roots(vm, 2);
    if (!ok) return false;
  }
  return true;
}

/* Splits the group [exc] by its members, rebuilding both parts. */
static bool split_group(EddyVM *vm, Value exc, const Matcher *m, bool want_rest,
                        int depth, Value *match, Value *rest) {
  ObjList *matched = list_new(vm, 0);
  if (!matched) return false;
  gc_push_root(vm, OBJ_VAL(matched));
  ObjList *rested = want_rest ? list_new(vm, 0) : NULL;
  gc_push_root(vm, rested ? OBJ_VAL(rested) : NONE_VAL);
  bool ok = (!want_rest || rested) &&
            split_members(vm, exc, m, matched, rested, depth) &&
            subset(vm, exc, matched, match);
  if (ok && rested) {
    gc_push_root(vm, *match);
    ok = subset(vm, exc, rested, rest);
    gc_pop_roots(vm, 1);
  }
  gc_pop_roots(vm, 2);
  return ok;
}

/* Splits [exc] (rooted) by [m] into [*match] and, when [want_rest], the
 * [*rest]; None stands for an empty part. The exception itself is tested
 * first: a match takes it whole. */
static bool split(EddyVM *vm, Value exc, const Matcher *m, bool want_rest,
                  int depth, Value *match, Value *rest) {
  *match = *rest = NONE_VAL;
  bool hit;
  if (!check_depth(vm, depth) || !matches(vm, m, exc, &hit)) return false;
  if (hit) {
    *match = exc;
    return true;
  }
  if (!exception_is_group(exc)) {
    if (want_rest) *rest = exc;
    return true;
  }
  return split_group(vm, exc, m, want_rest, depth, match, rest);
}

/* ---- split, subgroup, derive ----------------------------------------------
 */

/* True when [v] is a class deriving from BaseException. */
static bool is_exception_class(EddyVM *vm, Value v) {
  return IS_CLASS(v) && class_is_subclass(AS_CLASS(v), vm->exc.BaseException);
}

/* Whether [v] can be called (and is not a class). */
static bool is_predicate(EddyVM *vm, Value v) {
  if (IS_CLASS(v)) return false;
  if (IS_FUNCTION(v) || IS_NATIVE(v) || IS_BOUND_METHOD(v)) return true;
  return !IS_UNDEF(class_lookup(vm_class_of(vm, v), vm->str.call));
}

/* The matcher split and subgroup make of their argument [v]. */
static bool get_matcher(EddyVM *vm, Value v, Matcher *m) {
  m->value = v;
  m->kind = is_predicate(vm, v) ? MATCH_PREDICATE : MATCH_TYPE;
  if (m->kind == MATCH_PREDICATE || is_exception_class(vm, v)) return true;
  bool ok = IS_TUPLE(v) && AS_OBJ(v)->cls == vm->types.tuple;
  for (size_t i = 0; ok && i < AS_TUPLE(v)->length; i++)
    ok = is_exception_class(vm, AS_TUPLE(v)->items[i]);
  if (ok) return true;
  return vm_raise(vm, vm->exc.TypeError,
                  "expected a function, exception type or tuple of "
                  "exception types");
}

/* Checks a method's self: an exception group. */
static bool check_self(EddyVM *vm, const char *method, Value *args, int nargs) {
  if (nargs >= 1 && exception_is_group(args[0])) return true;
  return vm_raise(vm, vm->exc.TypeError,
                  "descriptor '%s' for 'BaseExceptionGroup' objects doesn't "
                  "apply to a '%s' object",
                  method, nargs ? vm_type_name(vm, args[0]) : "NoneType");
}

/* The checks split and subgroup share; sets [m] from their argument. */
static bool split_args(EddyVM *vm, const char *method, Value *args, int nargs,
                       ObjTuple *kwnames, Matcher *m) {
  if (kwnames && kwnames->length)
    return vm_raise(vm, vm->exc.TypeError,
                    "BaseExceptionGroup.%s() takes no keyword arguments",
                    method);
  if (!check_self(vm, method, args, nargs)) return false;
  if (nargs != 2)
    return vm_raise(vm, vm->exc.TypeError, "%s expected 1 argument, got %d",
                    method, nargs - 1);
  return get_matcher(vm, args[1], m);
}

/* BaseExceptionGroup.split(self, condition) -> (match, rest). */
static bool group_split(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  Matcher m;
  Value match, rest;
  if (!split_args(vm, "split", args, nargs, kwnames, &m) ||
      !split(vm, args[0], &m, true, 0, &match, &rest))
    return false;
  gc_push_root(vm, match);
  gc_push_root(vm, rest);
  ObjTuple *pair = tuple_pack2(vm, match, rest);
  gc_pop_roots(vm, 2);
  if (!pair) return false;
  *result = OBJ_VAL(pair);
  return true;
}

/* BaseExceptionGroup.subgroup(self, condition) -> match. */
static bool group_subgroup(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  Matcher m;
  Value rest;
  return split_args(vm, "subgroup", args, nargs, kwnames, &m) &&
         split(vm, args[0], &m, false, 0, result, &rest);
}

/* BaseExceptionGroup.derive(self, excs): a new group of the same
 * message, made by BaseExceptionGroup itself. */
static bool group_derive(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  if (!native_no_kwargs(vm, "BaseExceptionGroup.derive", kwnames) ||
      !check_self(vm, "derive", args, nargs))
    return false;
  if (nargs != 2)
    return vm_raise(vm, vm->exc.TypeError,
                    "function takes exactly 1 argument (%d given)", nargs - 1);
  return new_base_group(vm, AS_EXCEPTION(args[0])->eg_message, args[1], result);
}

/* ---- except* --------------------------------------------------------------
 */

/* Checks an except* clause's [type]: exception classes, and no group
 * class among them. */
static bool check_star_type(EddyVM *vm, Value type) {
  bool tuple = IS_TUPLE(type);
  size_t n = tuple ? AS_TUPLE(type)->length : 1;
  bool group = false;
  for (size_t i = 0; i < n; i++) {
    Value t = tuple ? AS_TUPLE(type)->items[i] : type;
    if (!is_exception_class(vm, t))
      return vm_raise(vm, vm->exc.TypeError,
                      "catching classes that do not inherit from "
                      "BaseException is not allowed");
    group = group || class_is_subclass(AS_CLASS(t), vm->exc.BaseExceptionGroup);
  }
  if (!group) return true;
  return vm_raise(vm, vm->exc.TypeError,
                  "catching ExceptionGroup with except* is not allowed. Use "
                  "except instead.");
}

/* exc.split(type) for except*, checking what an override returns. */
static bool split_for_star(EddyVM *vm, Value exc, Value type, Value *match,
                           Value *rest) {
  Value pair;
  if (!call_method1(vm, exc, "split", type, &pair)) return false;
  if (!IS_TUPLE(pair))
    return vm_raise(vm, vm->exc.TypeError,
                    "%s.split must return a tuple, not %s",
                    vm_type_name(vm, exc), vm_type_name(vm, pair));
  if (AS_TUPLE(pair)->length != 2)
    return vm_raise(vm, vm->exc.TypeError,
                    "%s.split must return a 2-tuple, got tuple of size %zu",
                    vm_type_name(vm, exc), AS_TUPLE(pair)->length);
  *match = AS_TUPLE(pair)->items[0];
  *rest = AS_TUPLE(pair)->items[1];
  return true;
}

bool exception_group_match(EddyVM *vm, Value exc, Value type, Value *match,
                           Value *rest) {
  *match = *rest = NONE_VAL;
  bool hit;
  if (!check_star_type(vm, type)) return false;
  if (IS_NONE(exc)) return true;
  if (!exception_matches(vm, exc, type, &hit)) return false;
  if (!hit && exception_is_group(exc))
    return split_for_star(vm, exc, type, match, rest);
  if (!hit || exception_is_group(exc)) {
    if (hit) *match = exc;
    return true;
  }
  ObjTuple *one = tuple_from_array(vm, &exc, 1);
  if (!one) return false;
  gc_push_root(vm, OBJ_VAL(one));
  bool ok = new_base_group(vm, OBJ_VAL(vm->str.empty), OBJ_VAL(one), match);
  gc_pop_roots(vm, 1);
  return ok;
}

/* True when [a] and [b] list the same traceback entries (no entries is
 * the same as None). */
static bool same_traceback(Value a, Value b) {
  if (value_is(a, b)) return true;
  if (!(IS_LIST(a) || IS_NONE(a)) || !(IS_LIST(b) || IS_NONE(b))) return false;
  size_t n = IS_LIST(a) ? AS_LIST(a)->length : 0;
  if (n != (IS_LIST(b) ? AS_LIST(b)->length : 0)) return false;
  for (size_t i = 0; i < n; i++)
    if (!value_is(AS_LIST(a)->items[i], AS_LIST(b)->items[i])) return false;
  return true;
}

/* True when [e] carries the traceback, cause and context of [orig]: a
 * part of it re-raised as it was caught. */
static bool same_metadata(Value e, Value orig) {
  ObjException *a = AS_EXCEPTION(e), *b = AS_EXCEPTION(orig);
  return value_is(a->cause, b->cause) && value_is(a->context, b->context) &&
         same_traceback(a->traceback, b->traceback);
}

/* Appends the leaves of [exc] (itself when it is not a group) to [out]. */
static bool collect_leaves(EddyVM *vm, Value exc, ObjList *out, int depth) {
  if (!exception_is_group(exc)) return list_append(vm, out, exc);
  if (!check_depth(vm, depth)) return false;
  ObjTuple *excs = members(exc);
  for (size_t i = 0; i < excs->length; i++)
    if (!collect_leaves(vm, excs->items[i], out, depth + 1)) return false;
  return true;
}

/* The part of [orig] whose leaves are those of the exceptions in [keep],
 * in orig's shape; None when [keep] is empty. */
static bool projection(EddyVM *vm, Value orig, ObjList *keep, Value *out) {
  *out = NONE_VAL;
  if (keep->length == 0) return true;
  ObjList *leaves = list_new(vm, 0);
  if (!leaves) return false;
  gc_push_root(vm, OBJ_VAL(leaves));
  bool ok = true;
  for (size_t i = 0; ok && i < keep->length; i++)
    ok = collect_leaves(vm, keep->items[i], leaves, 0);
  Matcher m = {MATCH_LEAVES, OBJ_VAL(leaves)};
  Value rest;
  ok = ok && split(vm, orig, &m, false, 0, out, &rest);
  gc_pop_roots(vm, 1);
  return ok;
}

/* Sorts [from] into what was re-raised as caught and what was raised
 * anew. */
static bool sort_raised(EddyVM *vm, Value orig, ObjList *from,
                        ObjList *reraised, ObjList *raised) {
  for (size_t i = 0; i < from->length; i++) {
    Value e = from->items[i];
    if (IS_NONE(e)) continue;
    bool again = IS_EXCEPTION(e) && same_metadata(e, orig);
    if (!list_append(vm, again ? reraised : raised, e)) return false;
  }
  return true;
}

/* The exception to raise from [raised] (anew) and [kept] (what was
 * re-raised, in the original group's shape, or None). */
static bool combine(EddyVM *vm, ObjList *raised, Value kept, Value *out) {
  if (raised->length == 0) {
    *out = kept;
    return true;
  }
  if (!IS_NONE(kept) && !list_append(vm, raised, kept)) return false;
  if (raised->length == 1) {
    *out = raised->items[0];
    return true;
  }
  return new_base_group(vm, OBJ_VAL(vm->str.empty), OBJ_VAL(raised), out);
}

bool exception_group_reraise_star(EddyVM *vm, Value orig, ObjList *raised,
                                  Value *out) {
  *out = NONE_VAL;
  if (raised->length == 0) return true;
  if (!exception_is_group(orig)) {
    /* A naked exception: at most one clause ran. */
    *out = raised->items[0];
    return true;
  }
  ObjList *again = list_new(vm, 0);
  if (!again) return false;
  gc_push_root(vm, OBJ_VAL(again));
  ObjList *anew = list_new(vm, 0);
  gc_push_root(vm, anew ? OBJ_VAL(anew) : NONE_VAL);
  Value kept = NONE_VAL;
  bool ok = anew && sort_raised(vm, orig, raised, again, anew) &&
            projection(vm, orig, again, &kept);
  gc_push_root(vm, kept);
  ok = ok && combine(vm, anew, kept, out);
  gc_pop_roots(vm, 3);
  return ok;
}

/* ---- installation -------------------------------------------------------- */

/* ExceptionGroup's bases (BaseExceptionGroup, Exception) and its MRO. */
static bool set_bases(EddyVM *vm) {
  ObjClass *group = vm->exc.ExceptionGroup;
  ObjTuple *bases = tuple_pack2(vm, OBJ_VAL(vm->exc.BaseExceptionGroup),
                                OBJ_VAL(vm->exc.Exception));
  if (!bases) return false;
  group->bases = bases;
  Value mro[] = {OBJ_VAL(group), OBJ_VAL(vm->exc.BaseExceptionGroup),
                 OBJ_VAL(vm->exc.Exception), OBJ_VAL(vm->exc.BaseException),
                 OBJ_VAL(vm->types.object)};
  ObjTuple *tuple = tuple_from_array(vm, mro, sizeof mro / sizeof mro[0]);
  if (!tuple) return false;
  group->mro = tuple;
  return true;
}

bool exception_group_install(EddyVM *vm) {
  ObjClass *base = vm->exc.BaseExceptionGroup;
  base->construct = group_construct;
  vm->exc.ExceptionGroup->construct = group_construct;
  return set_bases(vm) && native_method(vm, base, "derive", group_derive) &&
         native_method(vm, base, "split", group_split) &&
         native_method(vm, base, "subgroup", group_subgroup);
}
