/* hello.c: the smallest host: run a script, then read what it left. */
#include <stdio.h>

#include "eddy.h"

int main(void) {
  EddyVM *vm = eddy_new(NULL); /* NULL: the default configuration */
  if (!vm) return 1;
  if (eddy_run_string(vm, "greeting = 'hello, ' + 'world'\nprint(greeting)\n",
                      "hello.py") != EDDY_OK) {
    fputs(eddy_error_traceback(vm), stderr);
    eddy_free(vm);
    return 1;
  }
  /* Errors leave the VM usable; the host gets the pieces as strings. */
  if (eddy_run_string(vm, "1 / 0\n", "oops.py") == EDDY_RUNTIME_ERROR)
    printf("caught %s: %s\n", eddy_error_type(vm), eddy_error_message(vm));
  /* Values come back through slots: one slot here, slot 0. */
  eddy_ensure_slots(vm, 1);
  if (eddy_get_global(vm, NULL, "greeting", 0)) {
    size_t len;
    const char *text = eddy_get_string(vm, 0, &len);
    if (text) printf("the script said %zu bytes: %s\n", len, text);
  }
  eddy_free(vm);
  return 0;
}
