/* disasm.c: the human-readable listing of code objects (`eddy --dis`).
 *
 * One line per instruction: the source line where it changes, the
 * instruction's index, its name, its argument, and what the argument
 * means (a constant's repr, a name, a jump target), in the spirit of
 * CPython's dis module. Code objects nested as constants follow.
 */
#include "compiler/compiler.h"
#include "vm/obj_str.h"
#include "vm/opcodes.h"
#include "vm/protocol.h"

/* Writes what argument [arg] of [op] refers to. */
static void describe_arg(EddyVM *vm, ObjCode *code, Opcode op, uint32_t arg,
                         FILE *out) {
  ObjTuple *names = NULL;
  switch (op) {
  case OP_LOAD_CONST: {
    ByteBuf buf;
    buf_init(&buf);
    if (value_repr(vm, code->consts.items[arg], &buf))
      fprintf(out, " (%s)", buf.data);
    else
      vm->task->exception = UNDEF_VAL;
    buf_free(&buf);
    return;
  }
  case OP_LOAD_FAST:
  case OP_STORE_FAST:
  case OP_DELETE_FAST: names = code->varnames; break;
  case OP_LOAD_GLOBAL:
  case OP_STORE_GLOBAL:
  case OP_DELETE_GLOBAL:
  case OP_LOAD_NAME:
  case OP_STORE_NAME:
  case OP_DELETE_NAME:
  case OP_LOAD_ATTR:
  case OP_STORE_ATTR:
  case OP_DELETE_ATTR:
  case OP_LOAD_METHOD:
  case OP_IMPORT_NAME:
  case OP_IMPORT_FROM: names = code->names; break;
  case OP_LOAD_DEREF:
  case OP_STORE_DEREF:
  case OP_DELETE_DEREF:
  case OP_LOAD_CLOSURE: {
    size_t ncells = code->cellvars->length;
    ObjTuple *t = arg < ncells ? code->cellvars : code->freevars;
    fprintf(out, " (%s)",
            AS_STR(t->items[arg < ncells ? arg : arg - ncells])->chars);
    return;
  }
  default:
    if (opcode_has_jump(op)) fprintf(out, " (to %u)", arg);
    return;
  }
  if (arg < names->length) fprintf(out, " (%s)", AS_STR(names->items[arg])->chars);
}

/* Prints the instructions of one code object. */
static void disassemble_one(EddyVM *vm, ObjCode *code, FILE *out) {
  fprintf(out, "Disassembly of <code object %s, file \"%s\", line %d>:\n",
          code->qualname->chars, code->filename->chars, code->firstlineno);
  int last_line = -1;
  for (int i = 0; i < code->count; i++) {
    Opcode op = INSTR_OP(code->code[i]);
    uint32_t arg = INSTR_ARG(code->code[i]);
    if (code->lines[i] != last_line) {
      last_line = code->lines[i];
      fprintf(out, "%s%4d", i ? "\n" : "", last_line);
    } else {
      fprintf(out, "    ");
    }
    fprintf(out, " %6d %-22s %u", i, opcode_name(op), arg);
    describe_arg(vm, code, op, arg, out);
    fputc('\n', out);
  }
  fputc('\n', out);
}

void compile_disassemble(EddyVM *vm, ObjCode *code, FILE *out) {
  disassemble_one(vm, code, out);
  for (int i = 0; i < code->consts.count; i++)
    if (IS_CODE(code->consts.items[i]))
      compile_disassemble(vm, AS_CODE(code->consts.items[i]), out);
}
