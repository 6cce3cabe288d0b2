/* main.c: the `eddy` command.
 *
 * Parses the command line the way `python3` does (options first, then a
 * script, `-c CODE` or `-`, and the script's own arguments), reads the
 * source, and hands it to the front end. Exit status: 0 on success, 1 on a
 * syntax error or an uncaught exception, 2 on a usage error; an uncaught
 * KeyboardInterrupt ends the process by SIGINT, as CPython's does.
 *
 * Ctrl-C: the SIGINT handler only records the signal and writes a byte to
 * a pipe that wakes the event loop's poller; the VM takes the interrupt
 * where the program is (vm/interrupt.h). A signal handler can reach
 * nothing but static storage, hence the two statics below, the only ones
 * in the program.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "cli/repl.h"
#include "compiler/compiler.h"
#include "lexer/diag.h"
#include "parser/parser.h"
#include "vm/buffer.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/interrupt.h"
#include "vm/obj_dict.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/vm_exec.h"

/* Set by the SIGINT handler, cleared when the VM takes the interrupt. */
static volatile sig_atomic_t interrupt_flag;
/* The pipe the SIGINT handler writes to: [0] read, [1] write (or -1). */
static int interrupt_pipe[2] = {-1, -1};

/* Exit status report_exception gives an uncaught KeyboardInterrupt: the
 * process then ends by SIGINT. */
#define STATUS_INTERRUPTED (-2)

static void on_sigint(int sig) {
  (void)sig;
  interrupt_flag = 1;
  if (interrupt_pipe[1] >= 0) {
    int saved = errno;
    ssize_t n = write(interrupt_pipe[1], "!", 1);
    (void)n;
    errno = saved;
  }
}

/* Routes Ctrl-C to [vm], unless the process started with SIGINT ignored,
 * as CPython does. No SA_RESTART: a blocking system call (sleep, input)
 * returns so the interrupt is taken at once. */
static void watch_interrupts(EddyVM *vm) {
  struct sigaction old;
  if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_IGN)
    return; /* started with Ctrl-C ignored (a background job): keep it so */
  if (pipe2(interrupt_pipe, O_NONBLOCK | O_CLOEXEC) != 0)
    interrupt_pipe[0] = interrupt_pipe[1] = -1;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  if (sigaction(SIGINT, &sa, NULL) == 0)
    vm_set_interrupt_source(vm, &interrupt_flag, interrupt_pipe[0]);
}

/* Ends the process by SIGINT after an uncaught KeyboardInterrupt. */
static int die_by_sigint(void) {
  fflush(stdout);
  fflush(stderr);
  signal(SIGINT, SIG_DFL);
  raise(SIGINT);
  return 130; /* if the signal is ignored */
}

/* What the command line asks for. */
typedef enum {
  ACTION_RUN,  /* run the program */
  ACTION_AST,  /* print the program's AST */
  ACTION_DIS,  /* print the program's bytecode */
} Action;

typedef struct Options {
  Action action;        /* what to do with the program */
  const char *code;     /* the -c argument, or NULL */
  const char *path;     /* the script path, "-" for stdin, or NULL */
  bool interactive;     /* no program named and stdin is a terminal */
  bool no_ffi;          /* --no-ffi: `import ffi` fails */
  int script_argc;      /* arguments from the script name on */
  char **script_argv;   /* they become sys.argv */
} Options;

static const char *const usage_text =
    "usage: eddy [option] ... [-c cmd | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd     program passed in as string (terminates option list)\n"
    "  -h, --help print this help message and exit\n"
    "  -V, --version\n"
    "             print the Eddy version number and exit\n"
    "  --ast      print the syntax tree of the program instead of running it\n"
    "             (the same text as Python's ast.dump(tree, indent=2))\n"
    "  --dis      print the bytecode of the program instead of running it\n"
    "  --no-ffi   disable the ffi module (calls into C libraries)\n"
    "file         program read from script file\n"
    "-            program read from stdin (default; interactive mode if a "
    "tty)\n"
    "arg ...      arguments passed to program in sys.argv[1:]\n";

/* Prints a usage error as python3 does and returns exit status 2. */
static int usage_error(const char *fmt, const char *arg) {
  fprintf(stderr, fmt, arg);
  fprintf(stderr, "usage: eddy [option] ... [-c cmd | file | -] [arg] ...\n"
                  "Try `eddy -h' for more information.\n");
  return 2;
}

/* Fills [opts] from the command line; returns -1 to go on, else an exit
 * status (after --help, --version or a usage error). */
static int parse_options(int argc, char **argv, Options *opts) {
  memset(opts, 0, sizeof *opts);
  int i = 1;
  for (; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
    const char *arg = argv[i];
    if (!strcmp(arg, "-h") || !strcmp(arg, "--help")) {
      fputs(usage_text, stdout);
      return 0;
    }
    if (!strcmp(arg, "-V") || !strcmp(arg, "--version")) {
      printf("Eddy %s\n", EDDY_VERSION);
      return 0;
    }
    if (!strcmp(arg, "--ast")) {
      opts->action = ACTION_AST;
    } else if (!strcmp(arg, "--dis")) {
      opts->action = ACTION_DIS;
    } else if (!strcmp(arg, "--no-ffi")) {
      opts->no_ffi = true;
    } else if (!strcmp(arg, "-c")) {
      if (i + 1 >= argc) return usage_error("Argument expected for the -c option\n", "");
      opts->code = argv[i + 1];
      opts->script_argc = argc - i - 1;
      opts->script_argv = argv + i + 1;
      opts->script_argv[0] = "-c";
      return -1;
    } else if (!strcmp(arg, "--")) {
      i++;
      break;
    } else {
      return usage_error("Unknown option: %s\n", arg);
    }
  }
  opts->path = i < argc ? argv[i] : "-";
  opts->interactive = i >= argc && opts->action == ACTION_RUN &&
                      isatty(STDIN_FILENO);
  opts->script_argc = i < argc ? argc - i : 1;
  opts->script_argv = i < argc ? argv + i : argv + argc - 1;
  return -1;
}

/* Reads all of [in] into [out]; false on a read error or out of memory. */
static bool read_stream(FILE *in, ByteBuf *out) {
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, in)) > 0)
    if (!buf_append(out, chunk, n)) return false;
  if (!buf_append(out, "", 0)) return false;
  return !ferror(in);
}

/* [path] made absolute by prefixing the working directory (malloc'd;
 * NULL when memory runs out). */
static char *absolute_path(const char *path) {
  if (path[0] == '/') return strdup(path);
  char *cwd = getcwd(NULL, 0);
  if (!cwd) return strdup(path);
  size_t n = strlen(cwd) + strlen(path) + 2;
  char *full = malloc(n);
  if (full) snprintf(full, n, "%s/%s", cwd, path);
  free(cwd);
  return full;
}

/* Loads the program named by [opts] into [src] and its display name into
 * [name] (for a file: its absolute path, as CPython's code objects and
 * __file__ carry it, malloc'd in [*owned]); returns -1 on success, else
 * an exit status. */
static int load_source(const Options *opts, ByteBuf *src, const char **name,
                       char **owned) {
  if (opts->code) {
    *name = "<string>";
    return buf_puts(src, opts->code) ? -1 : 1;
  }
  if (!strcmp(opts->path, "-")) {
    *name = "<stdin>";
    return read_stream(stdin, src) ? -1 : 1;
  }
  *owned = absolute_path(opts->path);
  *name = *owned ? *owned : opts->path;
  FILE *f = fopen(opts->path, "rb");
  if (!f) {
    int err = errno;
    fprintf(stderr, "eddy: can't open file '%s': [Errno %d] %s\n", *name, err,
            strerror(err));
    return 2;
  }
  bool ok = read_stream(f, src);
  fclose(f);
  if (!ok) {
    fprintf(stderr, "eddy: can't read file '%s'\n", opts->path);
    return 2;
  }
  return -1;
}

/* Prints the AST of [src]; returns the exit status. */
static int print_ast(const ByteBuf *src, const char *name) {
  Arena arena;
  arena_init(&arena);
  SyntaxDiag diag = {0};
  Node *module = parser_parse_module(&arena, src->data, src->len, &diag);
  if (module)
    ast_dump(module, stdout);
  else
    diag_print(&diag, name, src->data, stderr);
  arena_free(&arena);
  return module ? 0 : 1;
}

/* The exit status for an uncaught SystemExit, printing its message the
 * way CPython does when the code is not an int or None. */
static int system_exit_status(EddyVM *vm, Value exc) {
  ObjTuple *args = AS_EXCEPTION(exc)->args;
  Value code = args && args->length == 1 ? args->items[0] : NONE_VAL;
  if (args && args->length > 1) code = OBJ_VAL(args);
  if (IS_NONE(code)) return 0;
  if (IS_INT(code)) return (int)(AS_INT(code) & 0xFF);
  if (IS_BOOL(code)) return AS_BOOL(code);
  ByteBuf buf;
  buf_init(&buf);
  if (exception_str(vm, exc, &buf) && buf_putc(&buf, '\n'))
    vm->write_err(vm, buf.data, buf.len);
  buf_free(&buf);
  return 1;
}

/* Reports the exception left on the main task; returns the exit status. */
static int report_exception(EddyVM *vm) {
  Value exc = vm->task->exception;
  vm->task->exception = UNDEF_VAL;
  if (IS_EXCEPTION(exc) &&
      class_is_subclass(AS_OBJ(exc)->cls, vm->exc.SystemExit))
    return system_exit_status(vm, exc);
  exception_print(vm, exc);
  if (IS_EXCEPTION(exc) &&
      class_is_subclass(AS_OBJ(exc)->cls, vm->exc.KeyboardInterrupt))
    return STATUS_INTERRUPTED;
  return 1;
}

/* Fills sys.argv from the script's arguments. */
static bool set_argv(EddyVM *vm, const Options *opts) {
  for (int i = 0; i < opts->script_argc; i++) {
    const char *arg = opts->script_argv[i];
    if (i == 0 && opts->path && !strcmp(opts->path, "-") && !opts->code)
      arg = opts->interactive ? "" : "-";
    ObjStr *s = str_from_cstr(vm, arg);
    if (!s || !list_append(vm, vm->argv, OBJ_VAL(s))) return false;
  }
  return true;
}

/* Ends the program as CPython's shutdown does: the main module's globals
 * go, and objects that report when they are collected (coroutines never
 * awaited, unretrieved task exceptions) report now. */
static void shut_down(EddyVM *vm, ObjModule *main_module) {
  dict_clear(vm, main_module->dict);
  gc_collect(vm);
  gc_run_finalizers(vm);
  vm->task->exception = UNDEF_VAL;
}

/* Makes the __main__ module and fills sys.argv; NULL with the exception
 * on vm->task when that fails. */
static ObjModule *make_main_module(EddyVM *vm, const char *name,
                                   const Options *opts) {
  ObjModule *main_module = import_new_module(vm, "__main__");
  if (!main_module) return NULL;
  gc_push_root(vm, OBJ_VAL(main_module));
  bool ok = import_register(vm, "__main__", main_module) &&
            set_argv(vm, opts);
  if (ok && opts->path && !opts->code && strcmp(opts->path, "-")) {
    ObjStr *file = str_from_cstr(vm, name);
    ok = file != NULL;
    if (ok) {
      gc_push_root(vm, OBJ_VAL(file));
      ObjStr *key = str_intern_cstr(vm, "__file__");
      ok = key && dict_set_str(vm, main_module->dict, key, OBJ_VAL(file));
      gc_pop_roots(vm, 1);
    }
  }
  gc_pop_roots(vm, 1);
  return ok ? main_module : NULL;
}

/* Runs the interactive prompt; returns the exit status. */
static int run_interactive(EddyVM *vm, const Options *opts) {
  ObjModule *main_module = make_main_module(vm, "<stdin>", opts);
  if (!main_module) return report_exception(vm);
  gc_push_root(vm, OBJ_VAL(main_module));
  int status = repl_run(vm, main_module);
  if (status == REPL_SYSTEM_EXIT) status = report_exception(vm);
  shut_down(vm, main_module);
  gc_pop_roots(vm, 1);
  return status;
}

/* Compiles and runs [src] as __main__; returns the exit status. */
static int run_program(EddyVM *vm, const ByteBuf *src, const char *name,
                       const Options *opts) {
  ObjModule *main_module = make_main_module(vm, name, opts);
  if (!main_module) return report_exception(vm);
  SyntaxDiag diag = {0};
  gc_push_root(vm, OBJ_VAL(main_module));
  int status = vm_exec_source(vm, src->data, src->len, name, main_module,
                              &diag);
  fflush(stdout);
  if (status == 1) {
    diag_print(&diag, name, src->data, stderr);
    status = 1;
  } else {
    status = status == 2 ? report_exception(vm) : 0;
  }
  shut_down(vm, main_module);
  gc_pop_roots(vm, 1);
  return status;
}

/* Prints the bytecode of [src]; returns the exit status. */
static int print_dis(EddyVM *vm, const ByteBuf *src, const char *name) {
  SyntaxDiag diag = {0};
  ObjCode *code;
  if (!compile_source(vm, src->data, src->len, name, COMPILE_MODULE, &code,
                      &diag)) {
    if (diag.set) {
      diag_print(&diag, name, src->data, stderr);
      return 1;
    }
    return report_exception(vm);
  }
  compile_disassemble(vm, code, stdout);
  return 0;
}

/* Does what [opts] asks with [src]; returns the exit status. */
static int process(const Options *opts, const ByteBuf *src, const char *name) {
  if (opts->action == ACTION_AST) return print_ast(src, name);
  EddyVM *vm = vm_new();
  if (!vm) {
    fprintf(stderr, "eddy: out of memory\n");
    return 1;
  }
  vm->ffi_disabled = opts->no_ffi;
  if (opts->action == ACTION_RUN) watch_interrupts(vm);
  int status = opts->action == ACTION_DIS ? print_dis(vm, src, name)
               : opts->interactive        ? run_interactive(vm, opts)
                                          : run_program(vm, src, name, opts);
  fflush(stdout);
  vm_free(vm);
  return status;
}

int main(int argc, char **argv) {
  Options opts;
  int status = parse_options(argc, argv, &opts);
  if (status >= 0) return status;
  ByteBuf src;
  buf_init(&src);
  const char *name = NULL;
  char *owned = NULL;
  status = opts.interactive ? -1 : load_source(&opts, &src, &name, &owned);
  if (status < 0) status = process(&opts, &src, name);
  buf_free(&src);
  free(owned);
  return status == STATUS_INTERRUPTED ? die_by_sigint() : status;
}
