/* exception.c: exception objects, raising, matching and tracebacks.
 *
 * Raising stores an instance in vm->task->exception; when the task is
 * handling another exception at that moment (inside an except clause),
 * that one becomes the new exception's __context__, as in CPython.
 *
 * Tracebacks: [traceback] is a list of ObjTraceback in the order the
 * entries were added while unwinding, innermost frame first; a frame that
 * re-raises an exception it caught (`raise err`) appends a further entry.
 * exception_print (exception_print.c) walks the list backwards, so the
 * outermost frame prints first ("most recent call last").
 *
 * Attributes that CPython keeps in C fields of particular exception
 * classes (SystemExit.code, StopIteration.value, OSError.errno, ...) are
 * computed from [args] when read, so exceptions made by any path (a
 * script's call, vm_raise, vm_raise_with_arg) answer them alike. Only
 * OSError's filename, which is not part of its args, is stored in the
 * exception's dict.
 */
#include "vm/exception.h"

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <string.h>

#include "vm/exception_group.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_dict.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/protocol.h"

/* ---- making and raising ----------------------------------------------- */

ObjException *exception_new(EddyVM *vm, ObjClass *cls, ObjTuple *args) {
  if (!args) {
    args = tuple_new(vm, 0);
    if (!args) return NULL;
  }
  gc_push_root(vm, OBJ_VAL(args));
  ObjException *exc = (ObjException *)gc_new_object(vm, sizeof(ObjException),
                                                    OBJ_EXCEPTION, cls);
  gc_pop_roots(vm, 1);
  if (!exc) return NULL;
  exc->args = args;
  exc->traceback = NONE_VAL;
  exc->cause = NONE_VAL;
  exc->context = NONE_VAL;
  return exc;
}

/* Makes [handled] the __context__ of [exc], first cutting [exc] out of
 * [handled]'s own chain of contexts so that no cycle forms (CPython's
 * _PyErr_SetObject does the same). */
static void chain_context(Value exc, Value handled) {
  Value o = handled;
  for (int depth = 0; depth < 10000 && IS_EXCEPTION(o); depth++) {
    Value context = AS_EXCEPTION(o)->context;
    if (value_is(context, exc)) {
      AS_EXCEPTION(o)->context = NONE_VAL;
      break;
    }
    o = context;
  }
  AS_EXCEPTION(exc)->context = handled;
}

/* Makes [exc] the exception being raised on the current task, chaining
 * the exception being handled as its context. */
static bool set_raised(EddyVM *vm, Value exc) {
  Task *task = vm->task;
  if (!task) return false;
  Value handled = task->handled;
  if (IS_EXCEPTION(handled) && !value_is(handled, exc)) {
    chain_context(exc, handled);
  }
  task->exception = exc;
  return false;
}

bool vm_raise_memory(EddyVM *vm) {
  if (!vm->task) return false;
  if (!IS_EXCEPTION(vm->memory_error)) {
    vm->task->exception = NONE_VAL; /* only before the bootstrap ends */
    return false;
  }
  ObjException *exc = AS_EXCEPTION(vm->memory_error);
  exc->traceback = NONE_VAL;
  exc->cause = NONE_VAL;
  exc->context = NONE_VAL;
  exc->suppress_context = false;
  vm->task->exception = vm->memory_error;
  return false;
}

/* Raises [cls]([message]) from the [len] bytes at [text]. */
static bool raise_message(EddyVM *vm, ObjClass *cls, const char *text,
                          size_t len) {
  ObjStr *msg = str_new(vm, text, len);
  if (!msg) return false;
  return vm_raise_with_arg(vm, cls, OBJ_VAL(msg));
}

bool vm_raise(EddyVM *vm, ObjClass *cls, const char *fmt, ...) {
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) return raise_message(vm, cls, "", 0);
  if ((size_t)n < sizeof small) return raise_message(vm, cls, small, (size_t)n);
  char *big = malloc((size_t)n + 1);
  if (!big) return vm_raise_memory(vm);
  va_start(ap, fmt);
  vsnprintf(big, (size_t)n + 1, fmt, ap);
  va_end(ap);
  raise_message(vm, cls, big, (size_t)n);
  free(big);
  return false;
}

bool vm_raise_with_arg(EddyVM *vm, ObjClass *cls, Value arg) {
  gc_push_root(vm, arg);
  ObjTuple *args = tuple_new(vm, 1);
  gc_pop_roots(vm, 1);
  if (!args) return false;
  args->items[0] = arg;
  ObjException *exc = exception_new(vm, cls, args);
  if (!exc) return false;
  return set_raised(vm, OBJ_VAL(exc));
}

bool vm_raise_syntax_error(EddyVM *vm, ObjClass *cls, const char *msg,
                           const char *filename, int line, int offset,
                           const char *text, int end_line, int end_offset) {
  Value items[6] = {NONE_VAL, INT_VAL(line),     INT_VAL(offset),
                    NONE_VAL, INT_VAL(end_line), INT_VAL(end_offset)};
  ObjTuple *loc = tuple_from_array(vm, items, 6);
  if (!loc) return false;
  gc_push_root(vm, OBJ_VAL(loc));
  ObjStr *file = str_from_cstr(vm, filename);
  if (file) loc->items[0] = OBJ_VAL(file);
  ObjStr *source = file && text ? str_from_cstr(vm, text) : NULL;
  if (source) loc->items[3] = OBJ_VAL(source);
  ObjStr *message = file && (source || !text) ? str_from_cstr(vm, msg) : NULL;
  ObjTuple *args =
      message ? tuple_pack2(vm, OBJ_VAL(message), OBJ_VAL(loc)) : NULL;
  ObjException *exc = args ? exception_new(vm, cls, args) : NULL;
  gc_pop_roots(vm, 1);
  return exc ? set_raised(vm, OBJ_VAL(exc)) : false;
}

/* Instantiates the exception class [cls] with no arguments, calling a
 * script class so that its __init__ runs. */
static bool instantiate(EddyVM *vm, ObjClass *cls, Value *out) {
  if (cls->is_builtin) {
    ObjException *exc = exception_new(vm, cls, NULL);
    if (!exc) return false;
    *out = OBJ_VAL(exc);
    return true;
  }
  if (!vm_call(vm, OBJ_VAL(cls), NULL, 0, NULL, out)) return false;
  if (IS_EXCEPTION(*out)) return true;
  return vm_raise(vm, vm->exc.TypeError,
                  "calling %s should have returned an instance of "
                  "BaseException, not %s",
                  cls->name->chars, vm_type_name(vm, *out));
}

bool vm_raise_value(EddyVM *vm, Value exc) {
  if (IS_CLASS(exc) &&
      class_is_subclass(AS_CLASS(exc), vm->exc.BaseException)) {
    Value instance;
    if (!instantiate(vm, AS_CLASS(exc), &instance)) return false;
    return set_raised(vm, instance);
  }
  if (IS_EXCEPTION(exc)) return set_raised(vm, exc);
  return vm_raise(vm, vm->exc.TypeError,
                  "exceptions must derive from BaseException");
}

bool exception_add_traceback(EddyVM *vm, Value exc, ObjStr *filename,
                             ObjStr *funcname, int line) {
  if (!IS_EXCEPTION(exc)) return true;
  ObjException *e = AS_EXCEPTION(exc);
  gc_push_root(vm, exc);
  gc_push_root(vm, filename ? OBJ_VAL(filename) : NONE_VAL);
  gc_push_root(vm, funcname ? OBJ_VAL(funcname) : NONE_VAL);
  bool ok = false;
  if (!IS_LIST(e->traceback)) {
    ObjList *list = list_new(vm, 4);
    if (!list) goto done;
    e->traceback = OBJ_VAL(list);
  }
  ObjTraceback *tb = (ObjTraceback *)gc_new_object(
      vm, sizeof(ObjTraceback), OBJ_TRACEBACK, vm->types.traceback);
  if (!tb) goto done;
  tb->filename = filename;
  tb->funcname = funcname;
  tb->line = line;
  ok = list_append(vm, AS_LIST(e->traceback), OBJ_VAL(tb));
done:
  gc_pop_roots(vm, 3);
  return ok;
}

/* ---- matching ----------------------------------------------------------- */

bool class_is_subclass(const ObjClass *cls, const ObjClass *base) {
  if (cls == base) return true;
  if (!cls->mro) return false;
  for (size_t i = 0; i < cls->mro->length; i++) {
    if (AS_OBJ(cls->mro->items[i]) == (const Obj *)base) return true;
  }
  return false;
}

bool exception_matches(EddyVM *vm, Value exc, Value cls_or_tuple, bool *out) {
  if (IS_TUPLE(cls_or_tuple)) {
    ObjTuple *tuple = AS_TUPLE(cls_or_tuple);
    *out = false;
    for (size_t i = 0; i < tuple->length && !*out; i++) {
      if (!exception_matches(vm, exc, tuple->items[i], out)) return false;
    }
    return true;
  }
  if (!IS_CLASS(cls_or_tuple) ||
      !class_is_subclass(AS_CLASS(cls_or_tuple), vm->exc.BaseException)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "catching classes that do not inherit from "
                    "BaseException is not allowed");
  }
  *out = class_is_subclass(vm_class_of(vm, exc), AS_CLASS(cls_or_tuple));
  return true;
}

/* ---- attributes --------------------------------------------------------- */

/* True when the exception [exc] is an instance of [cls]. */
static bool is_a(ObjException *exc, ObjClass *cls) {
  return class_is_subclass(exc->obj.cls, cls);
}

/* True when the OSError [exc] carries (errno, strerror) in its args. */
static bool has_errno(EddyVM *vm, ObjException *exc) {
  return is_a(exc, vm->exc.OSError) && exc->args->length >= 2 &&
         exc->args->length <= 5;
}

/* The value of [name] stored in the exception's own dict, or UNDEF. */
static Value own_attr(ObjException *exc, const char *name, size_t len) {
  if (!exc->dict) return UNDEF_VAL;
  for (size_t i = 0; i < exc->dict->used; i++) {
    Value key = exc->dict->entries[i].key;
    if (IS_STR(key) && AS_STR(key)->length == len &&
        memcmp(AS_STR(key)->chars, name, len) == 0) {
      return exc->dict->entries[i].value;
    }
  }
  return UNDEF_VAL;
}

/* OSError's filename (or filename2): stored at construction, or the
 * third (fifth) argument of an OSError made without the constructor. */
static Value os_filename(EddyVM *vm, ObjException *exc, bool second) {
  Value v = own_attr(exc, second ? "filename2" : "filename", second ? 9 : 8);
  if (!IS_UNDEF(v)) return v;
  size_t at = second ? 4 : 2;
  if (has_errno(vm, exc) && exc->args->length > at) return exc->args->items[at];
  return NONE_VAL;
}

/* The first argument, None without any (StopIteration.value). */
static Value first_arg(ObjException *exc) {
  return exc->args->length ? exc->args->items[0] : NONE_VAL;
}

/* The fields of SyntaxError(msg, (filename, lineno, offset, text,
 * end_lineno, end_offset)), in that order after msg. */
static const char *const syntax_fields[] = {
    "filename", "lineno", "offset", "text", "end_lineno", "end_offset"};

/* The SyntaxError attribute [name] of [exc] computed from its args:
 * msg, then the fields of its location tuple (None when absent). */
static bool syntax_attr(EddyVM *vm, ObjException *exc, ObjStr *name,
                        Value *out) {
  (void)vm;
  ObjTuple *args = exc->args;
  if (str_equal_cstr(name, "msg")) {
    *out = first_arg(exc);
    return true;
  }
  if (str_equal_cstr(name, "print_file_and_line")) {
    *out = NONE_VAL;
    return true;
  }
  for (size_t i = 0; i < 6; i++) {
    if (!str_equal_cstr(name, syntax_fields[i])) continue;
    *out = NONE_VAL;
    if (args->length == 2 && IS_TUPLE(args->items[1]) &&
        i < AS_TUPLE(args->items[1])->length) {
      *out = AS_TUPLE(args->items[1])->items[i];
    }
    return true;
  }
  return false;
}

/* The location field [i] of the SyntaxError [exc], or None. */
static Value syntax_field(ObjException *exc, size_t i) {
  ObjTuple *args = exc->args;
  if (args->length != 2 || !IS_TUPLE(args->items[1])) return NONE_VAL;
  ObjTuple *loc = AS_TUPLE(args->items[1]);
  return i < loc->length ? loc->items[i] : NONE_VAL;
}

/* The attributes computed from args by the class of [exc]. */
static bool computed_attr(EddyVM *vm, ObjException *exc, ObjStr *name,
                          Value *out) {
  if (is_a(exc, vm->exc.SystemExit) && str_equal_cstr(name, "code")) {
    size_t n = exc->args->length;
    *out = n == 0   ? NONE_VAL
           : n == 1 ? exc->args->items[0]
                    : OBJ_VAL(exc->args);
    return true;
  }
  if (is_a(exc, vm->exc.StopIteration) && str_equal_cstr(name, "value")) {
    *out = first_arg(exc);
    return true;
  }
  if (is_a(exc, vm->exc.SyntaxError)) return syntax_attr(vm, exc, name, out);
  if (!is_a(exc, vm->exc.OSError)) return false;
  bool errno_form = has_errno(vm, exc);
  if (str_equal_cstr(name, "errno") || str_equal_cstr(name, "strerror")) {
    size_t at = str_equal_cstr(name, "errno") ? 0 : 1;
    *out = errno_form ? exc->args->items[at] : NONE_VAL;
    return true;
  }
  if (str_equal_cstr(name, "filename") || str_equal_cstr(name, "filename2")) {
    *out = os_filename(vm, exc, name->length == 9);
    return true;
  }
  return false;
}

/* __traceback__: None until the exception has passed through a frame. */
static Value traceback_attr(ObjException *exc) {
  if (IS_LIST(exc->traceback) && AS_LIST(exc->traceback)->length == 0) {
    return NONE_VAL;
  }
  return exc->traceback;
}

bool exception_getattr(EddyVM *vm, Value v, ObjStr *name, Value *out,
                       bool *found) {
  ObjException *exc = AS_EXCEPTION(v);
  *found = true;
  if (exception_group_attr(vm, exc, name, out)) return true;
  if (exc->dict) {
    *out = dict_get_str(exc->dict, name);
    if (!IS_UNDEF(*out)) return true;
  }
  if (str_equal_cstr(name, "args")) {
    *out = OBJ_VAL(exc->args);
  } else if (str_equal_cstr(name, "__cause__")) {
    *out = exc->cause;
  } else if (str_equal_cstr(name, "__context__")) {
    *out = exc->context;
  } else if (str_equal_cstr(name, "__suppress_context__")) {
    *out = BOOL_VAL(exc->suppress_context);
  } else if (str_equal_cstr(name, "__traceback__")) {
    *out = traceback_attr(exc);
  } else if (name == vm->str.dict) {
    if (!exc->dict && !(exc->dict = dict_new(vm))) return false;
    *out = OBJ_VAL(exc->dict);
  } else {
    *found = computed_attr(vm, exc, name, out);
  }
  return true;
}

/* Checks that [value] may be a __cause__ or __context__. */
static bool check_chain_value(EddyVM *vm, const char *what, Value value) {
  if (IS_NONE(value) || IS_EXCEPTION(value)) return true;
  return vm_raise(vm, vm->exc.TypeError,
                  "exception %s must be None or derive from BaseException",
                  what);
}

/* Sets one of the fields every exception has; [*done] when [name] was
 * one of them. */
static bool set_field(EddyVM *vm, ObjException *exc, ObjStr *name, Value value,
                      bool *done) {
  *done = true;
  if (str_equal_cstr(name, "__cause__")) {
    if (!check_chain_value(vm, "cause", value)) return false;
    exc->cause = value;
    exc->suppress_context = true;
  } else if (str_equal_cstr(name, "__context__")) {
    if (!check_chain_value(vm, "context", value)) return false;
    exc->context = value;
  } else if (str_equal_cstr(name, "__suppress_context__")) {
    return value_truthy(vm, value, &exc->suppress_context);
  } else if (str_equal_cstr(name, "__traceback__")) {
    exc->traceback = value;
  } else if (str_equal_cstr(name, "args")) {
    Value tuple;
    if (!tuple_from_iterable(vm, value, &tuple)) return false;
    exc->args = AS_TUPLE(tuple);
  } else {
    *done = false;
  }
  return true;
}

bool exception_setattr(EddyVM *vm, Value v, ObjStr *name, Value value) {
  ObjException *exc = AS_EXCEPTION(v);
  bool done;
  if (exception_group_readonly(vm, exc, name))
    return vm_raise(vm, vm->exc.AttributeError, "readonly attribute");
  if (!set_field(vm, exc, name, value, &done)) return false;
  if (done) return true;
  if (!exc->dict) {
    gc_push_root(vm, value);
    exc->dict = dict_new(vm);
    gc_pop_roots(vm, 1);
    if (!exc->dict) return false;
  }
  return dict_set_str(vm, exc->dict, name, value);
}

/* ---- str and repr ------------------------------------------------------- */

/* The "[Errno 2] No such file or directory: 'x'" form of OSError. */
static bool os_error_str(EddyVM *vm, ObjException *exc, ByteBuf *out) {
  Value filename = os_filename(vm, exc, false);
  if (!buf_puts(out, "[Errno ")) return vm_raise_memory(vm);
  if (!value_str(vm, exc->args->items[0], out)) return false;
  if (!buf_puts(out, "] ")) return vm_raise_memory(vm);
  if (!value_str(vm, exc->args->items[1], out)) return false;
  if (IS_NONE(filename)) return true;
  if (!buf_puts(out, ": ")) return vm_raise_memory(vm);
  if (!value_repr(vm, filename, out)) return false;
  Value filename2 = os_filename(vm, exc, true);
  if (IS_NONE(filename2)) return true;
  if (!buf_puts(out, " -> ")) return vm_raise_memory(vm);
  return value_repr(vm, filename2, out);
}

/* "msg (file.py, line 3)": SyntaxError's str, naming the file by its
 * last path component as CPython does. */
static bool syntax_error_str(EddyVM *vm, ObjException *exc, ByteBuf *out) {
  if (!value_str(vm, exc->args->items[0], out)) return false;
  Value file = syntax_field(exc, 0);
  Value line = syntax_field(exc, 1);
  bool has_file = IS_STR(file), has_line = IS_INT(line);
  if (!has_file && !has_line) return true;
  const char *base = has_file ? strrchr(AS_STR(file)->chars, '/') : NULL;
  base = base ? base + 1 : has_file ? AS_STR(file)->chars : "";
  bool ok;
  if (has_file && has_line) {
    ok = buf_printf(out, " (%s, line %" PRId64 ")", base, AS_INT(line));
  } else if (has_file) {
    ok = buf_printf(out, " (%s)", base);
  } else {
    ok = buf_printf(out, " (line %" PRId64 ")", AS_INT(line));
  }
  return ok ? true : vm_raise_memory(vm);
}

bool exception_str(EddyVM *vm, Value v, ByteBuf *out) {
  ObjException *exc = AS_EXCEPTION(v);
  size_t n = exc->args->length;
  if (exception_is_group(v)) return exception_group_str(vm, exc, out);
  if (has_errno(vm, exc)) return os_error_str(vm, exc, out);
  if (n == 2 && is_a(exc, vm->exc.SyntaxError)) {
    return syntax_error_str(vm, exc, out);
  }
  if (n == 0) return true;
  if (n > 1) return value_repr(vm, OBJ_VAL(exc->args), out);
  if (is_a(exc, vm->exc.KeyError))
    return value_repr(vm, exc->args->items[0], out);
  return value_str(vm, exc->args->items[0], out);
}

/* repr(exc): ValueError('x'), ValueError(), ValueError(1, 2). */
static bool exception_repr(EddyVM *vm, Value v, ByteBuf *out) {
  ObjException *exc = AS_EXCEPTION(v);
  if (!buf_puts(out, exc->obj.cls->name->chars)) return vm_raise_memory(vm);
  if (exc->args->length == 1) {
    if (!buf_putc(out, '(')) return vm_raise_memory(vm);
    if (!value_repr(vm, exc->args->items[0], out)) return false;
    return buf_putc(out, ')') ? true : vm_raise_memory(vm);
  }
  return value_repr(vm, OBJ_VAL(exc->args), out);
}

bool exception_class_name(EddyVM *vm, ObjClass *cls, ByteBuf *out) {
  ObjStr *qualname = cls->qualname ? cls->qualname : cls->name;
  Value module = cls->module;
  bool plain = !IS_STR(module) || AS_STR(module) == vm->str.builtins ||
               AS_STR(module) == vm->str.main ||
               str_equal(AS_STR(module), vm->str.builtins) ||
               str_equal(AS_STR(module), vm->str.main);
  bool ok =
      plain || (buf_puts(out, AS_STR(module)->chars) && buf_putc(out, '.'));
  ok = ok && buf_puts(out, qualname->chars);
  return ok ? true : vm_raise_memory(vm);
}

/* ---- the exception classes ------------------------------------------- */

/* The OSError subclass CPython picks for the error number [code]. */
static ObjClass *os_error_subclass(EddyVM *vm, int64_t code) {
  switch (code) {
  case EAGAIN:
  case EALREADY:
  case EINPROGRESS: return vm->exc.BlockingIOError;
  case ECHILD: return vm->exc.ChildProcessError;
  case EPIPE:
  case ESHUTDOWN: return vm->exc.BrokenPipeError;
  case ECONNABORTED: return vm->exc.ConnectionAbortedError;
  case ECONNREFUSED: return vm->exc.ConnectionRefusedError;
  case ECONNRESET: return vm->exc.ConnectionResetError;
  case EEXIST: return vm->exc.FileExistsError;
  case ENOENT: return vm->exc.FileNotFoundError;
  case EISDIR: return vm->exc.IsADirectoryError;
  case ENOTDIR: return vm->exc.NotADirectoryError;
  case EINTR: return vm->exc.InterruptedError;
  case EACCES:
  case EPERM: return vm->exc.PermissionError;
  case ESRCH: return vm->exc.ProcessLookupError;
  case ETIMEDOUT: return vm->exc.TimeoutError;
  default: return vm->exc.OSError;
  }
}

/* Sets the attribute [name] of [exc] to [v]. */
static bool set_named(EddyVM *vm, ObjException *exc, const char *name,
                      Value v) {
  ObjStr *key = str_intern_cstr(vm, name);
  if (!key) return false;
  gc_push_root(vm, OBJ_VAL(key));
  bool ok = exception_setattr(vm, OBJ_VAL(exc), key, v);
  gc_pop_roots(vm, 1);
  return ok;
}

/* OSError(errno, strerror, filename[, winerror, filename2]): the
 * filenames move from args to attributes, leaving (errno, strerror). */
static bool os_error_filenames(EddyVM *vm, ObjException *exc) {
  ObjTuple *args = exc->args;
  if (args->length < 3 || args->length > 5) return true;
  gc_push_root(vm, OBJ_VAL(exc));
  bool ok =
      set_named(vm, exc, "filename", args->items[2]) &&
      (args->length < 5 || set_named(vm, exc, "filename2", args->items[4]));
  ObjTuple *pair = ok ? tuple_from_array(vm, args->items, 2) : NULL;
  if (pair) exc->args = pair;
  gc_pop_roots(vm, 1);
  return pair != NULL;
}

/* What calling an exception class does (its __new__): an instance whose
 * args are the call's positional arguments. Built-in classes refuse
 * keyword arguments; a script's subclass gets them in its __init__. */
static bool exception_construct(EddyVM *vm, Value *args, int nargs,
                                ObjTuple *kwnames, Value *result) {
  ObjClass *cls = AS_CLASS(args[0]);
  if (cls->is_builtin && !native_no_kwargs(vm, cls->name->chars, kwnames)) {
    return false;
  }
  if (cls == vm->exc.OSError && nargs >= 3 && nargs <= 6 && IS_INT(args[1])) {
    cls = os_error_subclass(vm, AS_INT(args[1]));
  }
  ObjTuple *tuple = tuple_from_array(vm, args + 1, (size_t)(nargs - 1));
  if (!tuple) return false;
  ObjException *exc = exception_new(vm, cls, tuple);
  if (!exc) return false;
  *result = OBJ_VAL(exc);
  if (class_is_subclass(cls, vm->exc.OSError)) {
    return os_error_filenames(vm, exc);
  }
  return true;
}

/* Checks that [self] is an exception, for the methods below. */
static bool check_self(EddyVM *vm, const char *method, Value self) {
  if (IS_EXCEPTION(self)) return true;
  return vm_raise(vm, vm->exc.TypeError,
                  "descriptor '%s' for 'BaseException' objects doesn't apply "
                  "to a '%s' object",
                  method, vm_type_name(vm, self));
}

/* BaseException.__init__(self, *args): args = the arguments. */
static bool exc_init(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                     Value *result) {
  if (nargs < 1) return native_check_count(vm, "__init__", nargs, 1, -1);
  if (!check_self(vm, "__init__", args[0])) return false;
  ObjException *exc = AS_EXCEPTION(args[0]);
  if (!native_no_kwargs(vm, exc->obj.cls->name->chars, kwnames)) return false;
  ObjTuple *tuple = tuple_from_array(vm, args + 1, (size_t)(nargs - 1));
  if (!tuple) return false;
  exc->args = tuple;
  *result = NONE_VAL;
  return true;
}

/* BaseException.__str__(self). */
static bool exc_str_method(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  if (!native_no_kwargs(vm, "__str__", kwnames) ||
      !native_check_count(vm, "__str__", nargs, 1, 1) ||
      !check_self(vm, "__str__", args[0])) {
    return false;
  }
  ByteBuf buf;
  buf_init(&buf);
  bool ok =
      exception_str(vm, args[0], &buf) && str_value_from_buf(vm, &buf, result);
  buf_free(&buf);
  return ok;
}

/* BaseException.__repr__(self). */
static bool exc_repr_method(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  if (!native_no_kwargs(vm, "__repr__", kwnames) ||
      !native_check_count(vm, "__repr__", nargs, 1, 1) ||
      !check_self(vm, "__repr__", args[0])) {
    return false;
  }
  ByteBuf buf;
  buf_init(&buf);
  bool ok =
      exception_repr(vm, args[0], &buf) && str_value_from_buf(vm, &buf, result);
  buf_free(&buf);
  return ok;
}

/* BaseException.with_traceback(self, tb): sets __traceback__, returns
 * self. */
static bool exc_with_traceback(EddyVM *vm, Value *args, int nargs,
                               ObjTuple *kwnames, Value *result) {
  if (!native_no_kwargs(vm, "with_traceback", kwnames) ||
      !native_check_count(vm, "BaseException.with_traceback", nargs, 2, 2) ||
      !check_self(vm, "with_traceback", args[0])) {
    return false;
  }
  AS_EXCEPTION(args[0])->traceback = args[1];
  *result = args[0];
  return true;
}

/* BaseException.add_note(self, note): appends [note] to __notes__,
 * making the list on first use. */
static bool exc_add_note(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  if (!native_no_kwargs(vm, "BaseException.add_note", kwnames) ||
      !check_self(vm, "add_note", nargs ? args[0] : NONE_VAL))
    return false;
  if (nargs != 2)
    return vm_raise(vm, vm->exc.TypeError,
                    "BaseException.add_note() takes exactly one argument (%d "
                    "given)",
                    nargs - 1);
  if (!IS_STR(args[1]))
    return vm_raise(vm, vm->exc.TypeError, "note must be a str, not '%s'",
                    vm_type_name(vm, args[1]));
  ObjException *exc = AS_EXCEPTION(args[0]);
  Value notes = exc->dict ? dict_get_str(exc->dict, vm->str.notes) : UNDEF_VAL;
  if (IS_UNDEF(notes)) {
    ObjList *list = list_new(vm, 1);
    if (!list) return false;
    notes = OBJ_VAL(list);
    gc_push_root(vm, notes);
    bool ok = exception_setattr(vm, args[0], vm->str.notes, notes);
    gc_pop_roots(vm, 1);
    if (!ok) return false;
  }
  if (!IS_LIST(notes))
    return vm_raise(vm, vm->exc.TypeError,
                    "Cannot add note: __notes__ is not a list");
  *result = NONE_VAL;
  return list_append(vm, AS_LIST(notes), args[1]);
}

/* hash(exc) and exc == other: identity, as object's. */
static bool exception_hash(EddyVM *vm, Value v, int64_t *out) {
  (void)vm;
  uintptr_t p = (uintptr_t)AS_OBJ(v);
  *out = (int64_t)((p >> 4) | (p << (8 * sizeof p - 4)));
  if (*out == -1) *out = -2;
  return true;
}

static bool exception_eq(EddyVM *vm, Value a, Value b, bool *out) {
  (void)vm;
  *out = value_is(a, b);
  return true;
}

static const TypeOps exception_ops = {
    .repr = exception_repr,
    .str = exception_str,
    .hash = exception_hash,
    .eq = exception_eq,
};

bool exception_install(EddyVM *vm) {
  ObjClass **exc = (ObjClass **)&vm->exc;
  for (size_t i = 0; i < sizeof vm->exc / sizeof(ObjClass *); i++) {
    exc[i]->ops = &exception_ops;
    exc[i]->construct = exception_construct;
  }
  ObjClass *base = vm->exc.BaseException;
  if (!native_method(vm, base, "__init__", exc_init) ||
      !native_method(vm, base, "__str__", exc_str_method) ||
      !native_method(vm, base, "__repr__", exc_repr_method) ||
      !native_method(vm, base, "with_traceback", exc_with_traceback) ||
      !native_method(vm, base, "add_note", exc_add_note) ||
      !exception_group_install(vm)) {
    return false;
  }
  ObjException *memory = exception_new(vm, vm->exc.MemoryError, NULL);
  if (!memory) return false;
  vm->memory_error = OBJ_VAL(memory);
  return true;
}
