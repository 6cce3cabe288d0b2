/* robust.c: the front end must survive any input.
 *
 * For every program named on the command line, feeds the lexer, the
 * parser and the compiler every prefix of the file and a set of
 * mutations (each byte deleted, each byte duplicated, bytes replaced by
 * brackets, quotes and indentation), and requires that each run ends in
 * either a tree or a diagnostic, never a crash. Run under ASan/UBSan by
 * `make sanitize`, a crash or leak fails the suite. Prints one line,
 * "N passed, N failed": a crash or sanitizer report ends the run, so a
 * program counts as passed once all its variants were survived.
 */
#include <string.h>

#include "compiler/compiler.h"
#include "lexer/lexer.h"
#include "parser/parser.h"
#include "vm/gc.h"
#include "vm/vm.h"

/* Characters that make interesting replacements. */
static const char replacements[] = "([{)]}'\"\\\n\t :#@*=f";

/* Lexes and parses [len] bytes of [text], and compiles it too when
 * [compile] (compiling allocates VM objects, so it is done for a sample of
 * the variants only). The text is copied so that the NUL terminator is
 * really there and ASan sees any read past it. */
static void feed(EddyVM *vm, const char *text, size_t len, bool compile) {
  char *copy = malloc(len + 1);
  if (!copy) return;
  memcpy(copy, text, len);
  copy[len] = '\0';
  SyntaxDiag diag = {0};
  Lexer lx;
  lexer_init(&lx, copy, len, &diag);
  for (int i = 0; i < 100000; i++) {
    Token t = lexer_next(&lx);
    if (t.kind == TOK_EOF || t.kind == TOK_ERROR) break;
  }
  Arena arena;
  arena_init(&arena);
  SyntaxDiag diag2 = {0};
  (void)parser_parse_module(&arena, copy, len, &diag2);
  arena_free(&arena);
  if (compile) {
    SyntaxDiag diag3 = {0};
    ObjCode *code;
    if (!compile_source(vm, copy, len, "<robust>", COMPILE_MODULE, &code,
                        &diag3))
      vm->task->exception = UNDEF_VAL;
  }
  free(copy);
}

/* Reads the file at [path]; NULL on failure. */
static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *data = malloc((size_t)size + 1);
  if (data && fread(data, 1, (size_t)size, f) != (size_t)size) {
    free(data);
    data = NULL;
  }
  fclose(f);
  if (data) data[size] = '\0';
  *len = (size_t)size;
  return data;
}

/* Runs every variant of one program: every prefix, and each byte
 * deleted, duplicated and replaced (every byte for small files, an even
 * sample of 400 positions for large ones). One variant in 64 is also
 * compiled. */
static void exercise(EddyVM *vm, const char *text, size_t len) {
  size_t fed = 0;
  for (size_t n = 0; n <= len; n++) feed(vm, text, n, fed++ % 64 == 0);
  char *buf = malloc(len + 2);
  if (!buf) return;
  size_t step = len > 400 ? len / 400 : 1;
  for (size_t i = 0; i < len; i += step) {
    memcpy(buf, text, i);
    memcpy(buf + i, text + i + 1, len - i - 1);
    feed(vm, buf, len - 1, fed++ % 64 == 0);
    memcpy(buf, text, i + 1);
    memcpy(buf + i + 1, text + i, len - i);
    feed(vm, buf, len + 1, fed++ % 64 == 0);
    memcpy(buf, text, len);
    buf[i] = replacements[i % (sizeof replacements - 1)];
    feed(vm, buf, len, fed++ % 64 == 0);
  }
  free(buf);
  feed(vm, text, len, true);
}

int main(int argc, char **argv) {
  int passed = 0, failed = 0;
  EddyVM *vm = vm_new();
  if (!vm) {
    fprintf(stderr, "robust: cannot create a VM\n");
    return 1;
  }
  for (int i = 1; i < argc; i++) {
    size_t len;
    char *text = read_file(argv[i], &len);
    if (!text) continue; /* an unmatched glob */
    exercise(vm, text, len);
    free(text);
    passed++;
  }
  vm_free(vm);
  printf("%d passed, %d failed\n", passed, failed);
  return failed != 0;
}
