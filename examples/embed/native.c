/* native.c: a module of C functions scripts can import, and calling a
 * script's function from C. */
#include <stdio.h>

#include "eddy.h"

/* vec.length(x, y): arguments are in slots 1..argc, the result goes in
 * slot 0. */
static bool vec_length(EddyVM *vm, int argc, void *user) {
  (void)user;
  double x, y;
  if (argc != 2)
    return eddy_raise(vm, "TypeError", "length() takes 2 arguments (%d given)",
                      argc);
  if (!eddy_get_float(vm, 1, &x) || !eddy_get_float(vm, 2, &y)) return false;
  if (x < 0 || y < 0) return eddy_raise(vm, "ValueError", "negative component");
  double guess = x + y; /* Newton's square root, to stay free of libm */
  for (int i = 0; i < 30 && guess > 0; i++)
    guess = (guess + (x * x + y * y) / guess) / 2;
  return eddy_set_float(vm, 0, guess);
}

/* vec.count(): how often it was called; the counter is the user pointer. */
static bool vec_count(EddyVM *vm, int argc, void *user) {
  (void)argc;
  int *calls = user;
  return eddy_set_int(vm, 0, ++*calls);
}

static const char *script =
    "import vec\n"
    "print(vec.length(3, 4))\n"
    "try:\n"
    "    vec.length(-1, 0)\n"
    "except ValueError as e:\n"
    "    print('ValueError:', e)\n"
    "vec.count()\n"
    "def describe(name, n):\n"
    "    return f'{name} was called {n} times'\n";

int main(void) {
  static int calls;
  EddyVM *vm = eddy_new(NULL);
  if (!vm || !eddy_define_module(vm, "vec") ||
      !eddy_define_function(vm, "vec", "length", vec_length, NULL) ||
      !eddy_define_function(vm, "vec", "count", vec_count, &calls))
    return 1;
  if (eddy_run_string(vm, script, "script.py") != EDDY_OK) {
    fputs(eddy_error_traceback(vm), stderr);
    return 1;
  }
  /* describe('count', calls): the function in slot 0, arguments in 1 and
   * 2, the result into slot 0. */
  eddy_ensure_slots(vm, 3);
  if (eddy_get_global(vm, NULL, "describe", 0) &&
      eddy_set_string(vm, 1, "count", 5) && eddy_set_int(vm, 2, calls) &&
      eddy_call(vm, 0, 1, 2, 0))
    printf("%s\n", eddy_get_string(vm, 0, NULL));
  else
    fputs(eddy_error_traceback(vm), stderr);
  eddy_free(vm);
  return 0;
}
