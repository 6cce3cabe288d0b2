/* mod_string.c: the string module.
 *
 * The character-class constants (ascii_letters, digits, punctuation, ...)
 * and capwords. capwords is a Python function in CPython, written as
 * `(sep or ' ').join(map(str.capitalize, s.split(sep)))`; here it makes
 * the same method calls, so it accepts and rejects the same arguments
 * with the same errors. The Formatter and Template classes are not
 * provided.
 */
#include <string.h>

#include "stdlib/mod_common.h"
#include "stdlib/modules.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/protocol.h"

#define LOWER "abcdefghijklmnopqrstuvwxyz"
#define UPPER "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#define DIGITS "0123456789"
#define PUNCTUATION "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
#define WHITESPACE " \t\n\r\x0b\x0c"

/* [*out] = the attribute [name] of [self]. */
static bool get_method(EddyVM *vm, Value self, const char *name, Value *out) {
  ObjStr *key = str_intern_cstr(vm, name);
  return key && value_getattr(vm, self, key, out);
}

/* Replaces each item of [words] by str.capitalize(item). */
static bool capitalize_all(EddyVM *vm, ObjList *words) {
  ObjStr *key = str_intern_cstr(vm, "capitalize");
  if (!key) return false;
  Value capitalize = class_lookup(vm->types.str, key);
  for (size_t i = 0; i < words->length; i++) {
    Value word = words->items[i], out;
    if (!vm_call(vm, capitalize, &word, 1, NULL, &out)) return false;
    words->items[i] = out;
  }
  return true;
}

/* [*words] = list(map(str.capitalize, [s].split([sep]))). */
static bool split_words(EddyVM *vm, Value s, Value sep, Value *words) {
  Value split, parts;
  if (!get_method(vm, s, "split", &split)) return false;
  gc_push_root(vm, split);
  bool ok = vm_call(vm, split, &sep, 1, NULL, &parts);
  gc_push_root(vm, ok ? parts : NONE_VAL);
  ok = ok && value_to_list(vm, parts, words);
  gc_push_root(vm, ok ? *words : NONE_VAL);
  ok = ok && capitalize_all(vm, AS_LIST(*words));
  gc_pop_roots(vm, 3);
  return ok;
}

/* capwords(s, sep=None): evaluated in the order of CPython's
 * `(sep or ' ').join(map(str.capitalize, s.split(sep)))`. */
static bool string_capwords(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  static const char *const params[] = {"s", "sep"};
  static const PySignature sig = {"capwords", params, 2, 2, 1};
  Value v[2], join, words;
  bool truthy = false;
  if (!mod_bind_args(vm, &sig, args, nargs, kwnames, v)) return false;
  Value sep = IS_UNDEF(v[1]) ? NONE_VAL : v[1];
  if (!value_truthy(vm, sep, &truthy)) return false;
  Value joiner = sep;
  if (!truthy) {
    ObjStr *space = str_intern_cstr(vm, " ");
    if (!space) return false;
    joiner = OBJ_VAL(space);
  }
  if (!get_method(vm, joiner, "join", &join)) return false;
  gc_push_root(vm, join);
  bool ok = split_words(vm, v[0], sep, &words);
  gc_push_root(vm, ok ? words : NONE_VAL);
  ok = ok && vm_call(vm, join, &words, 1, NULL, result);
  gc_pop_roots(vm, 2);
  return ok;
}

static const ModuleFunction string_functions[] = {
    {"capwords", string_capwords},
};

bool mod_string_init(EddyVM *vm, ObjModule *module) {
  return mod_define_functions(vm, module, string_functions, 1) &&
         mod_set_str(vm, module, "ascii_lowercase", LOWER) &&
         mod_set_str(vm, module, "ascii_uppercase", UPPER) &&
         mod_set_str(vm, module, "ascii_letters", LOWER UPPER) &&
         mod_set_str(vm, module, "digits", DIGITS) &&
         mod_set_str(vm, module, "hexdigits", DIGITS "abcdefABCDEF") &&
         mod_set_str(vm, module, "octdigits", "01234567") &&
         mod_set_str(vm, module, "punctuation", PUNCTUATION) &&
         mod_set_str(vm, module, "whitespace", WHITESPACE) &&
         mod_set_str(vm, module, "printable",
                     DIGITS LOWER UPPER PUNCTUATION WHITESPACE);
}
