/* gen_finalize.c: the report of a coroutine that was never awaited.
 *
 * When the collector finds an unreachable coroutine that never started,
 * it keeps it for one more cycle and queues it; gc_run_finalizers then
 * prints CPython's warning, at a point where writing is safe:
 *
 *   x.py:8: RuntimeWarning: coroutine 'main' was never awaited
 *     main()
 *   RuntimeWarning: Enable tracemalloc to get the object allocation traceback
 */
#include <string.h>

#include "vm/vm_exec.h"

bool gen_wants_finalizer(Obj *obj) {
  ObjGenerator *gen = (ObjGenerator *)obj;
  return gen->state == GEN_CREATED && gen->function &&
         (gen->function->code->flags & CODE_COROUTINE);
}

/* Copies line [line] of the file [path], without its indentation, into
 * [out]; empty when the file cannot be read. */
static void source_line(const char *path, int line, char *out, size_t size) {
  out[0] = '\0';
  FILE *f = fopen(path, "r");
  if (!f) return;
  char buf[1024];
  for (int n = 1; fgets(buf, sizeof buf, f); n++) {
    if (n != line) continue;
    const char *p = buf;
    while (*p == ' ' || *p == '\t') p++;
    size_t len = strcspn(p, "\r\n");
    if (len >= size) len = size - 1;
    memcpy(out, p, len);
    out[len] = '\0';
    break;
  }
  fclose(f);
}

void gen_finalize(EddyVM *vm, Obj *obj) {
  ObjGenerator *gen = (ObjGenerator *)obj;
  gen->state = GEN_DONE;
  const char *file = gen->created_file ? gen->created_file->chars : "<unknown>";
  char text[1024], line[512];
  source_line(file, gen->created_line, line, sizeof line);
  int n = snprintf(text, sizeof text,
                   "%s:%d: RuntimeWarning: coroutine '%s' was never awaited\n",
                   file, gen->created_line, gen->qualname->chars);
  if (n > 0) vm->write_err(vm, text, strlen(text));
  if (line[0]) {
    n = snprintf(text, sizeof text, "  %s\n", line);
    if (n > 0) vm->write_err(vm, text, strlen(text));
  }
  const char *hint = "RuntimeWarning: Enable tracemalloc to get the object "
                     "allocation traceback\n";
  vm->write_err(vm, hint, strlen(hint));
}
