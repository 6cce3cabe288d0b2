/* sandbox.c: running untrusted scripts with limits.
 *
 * The VM gets a memory ceiling, an instruction budget and no ffi, os or
 * open(). Each script below breaks one rule; the host reports what
 * stopped it, and the same VM then runs a well-behaved script. */
#include <stdio.h>

#include "eddy.h"

/* Runs [source] and prints how it ended. */
static void run(EddyVM *vm, const char *what, const char *source) {
  EddyStatus status = eddy_run_string(vm, source, what);
  if (status == EDDY_OK)
    printf("%s: ok\n", what);
  else
    printf("%s: %s: %s\n", what, eddy_error_type(vm), eddy_error_message(vm));
}

int main(void) {
  EddyConfig config = {0};
  config.memory_limit = 16u << 20;        /* 16 MiB of objects */
  config.instruction_budget = 1000000;    /* calls + backward jumps per run */
  config.exclude = EDDY_EXCLUDE_FFI | EDDY_EXCLUDE_OS | EDDY_EXCLUDE_OPEN;
  EddyVM *vm = eddy_new(&config);
  if (!vm) return 1;
  run(vm, "hog", "def hog():\n    data = []\n    while True:\n"
                 "        data.append('x' * 100000)\nhog()\n");
  run(vm, "spin", "n = 0\nwhile True:\n    n += 1\n");
  run(vm, "catch", "while True:\n    try:\n        while True: pass\n"
                   "    except Exception:\n        pass\n");
  run(vm, "os", "import os\n");
  run(vm, "ffi", "import ffi\n");
  run(vm, "open", "open('/etc/passwd')\n");
  run(vm, "fine", "print(sum(range(1000)))\n");
  eddy_free(vm);
  return 0;
}
