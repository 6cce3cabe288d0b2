#include "vm/opcodes.h"

static const char *const opcode_names[] = {
#define OPCODE_NAME(name, effect) #name,
    OPCODE_LIST(OPCODE_NAME)
#undef OPCODE_NAME
};

static const int opcode_effects[] = {
#define OPCODE_EFFECT(name, effect) effect,
    OPCODE_LIST(OPCODE_EFFECT)
#undef OPCODE_EFFECT
};

const char *opcode_name(Opcode op) {
  return op < OPCODE_COUNT ? opcode_names[op] : "?";
}

bool opcode_has_jump(Opcode op) {
  switch (op) {
  case OP_JUMP:
  case OP_POP_JUMP_IF_FALSE:
  case OP_POP_JUMP_IF_TRUE:
  case OP_JUMP_IF_FALSE_OR_POP:
  case OP_JUMP_IF_TRUE_OR_POP:
  case OP_FOR_ITER:
  case OP_SETUP_EXCEPT:
  case OP_SETUP_FINALLY:
  case OP_SETUP_WITH:
  case OP_CHECK_EG_MATCH:
  case OP_SEND: return true;
  default: return false;
  }
}

/* Effects that depend on the argument. */
static int variable_effect(Opcode op, uint32_t arg, bool jump) {
  int n = (int)arg;
  switch (op) {
  case OP_CALL_METHOD: return -n - 1;
  case OP_CALL: return -n;
  case OP_CALL_KW: return -n - 1;
  case OP_CALL_EX: return (arg & 1) ? -2 : -1;
  case OP_BUILD_SLICE: return 1 - n;
  case OP_JUMP_IF_FALSE_OR_POP:
  case OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
  case OP_FOR_ITER: return jump ? -1 : 1;
  case OP_BUILD_TUPLE:
  case OP_BUILD_LIST:
  case OP_BUILD_SET:
  case OP_BUILD_STRING: return 1 - n;
  case OP_BUILD_MAP: return 1 - 2 * n;
  case OP_UNPACK_SEQUENCE: return n - 1;
  case OP_UNPACK_EX: return (int)(arg & 0xFF) + (int)(arg >> 8);
  case OP_MAKE_FUNCTION:
    return -((arg & MAKE_FN_DEFAULTS) != 0) - ((arg & MAKE_FN_KWDEFAULTS) != 0) -
           ((arg & MAKE_FN_CLOSURE) != 0);
  case OP_RAISE_VARARGS: return -n;
  case OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
  case OP_SEND: return jump ? -1 : 0;
  case OP_CHECK_EG_MATCH: return jump ? -1 : 0;
  default: return 0;
  }
}

int opcode_stack_effect(Opcode op, uint32_t arg, bool jump) {
  if (op >= OPCODE_COUNT) return 0;
  int effect = opcode_effects[op];
  if (effect == VAR) return variable_effect(op, arg, jump);
  /* A handler starts with the saved and the raised exception pushed. */
  if (jump && (op == OP_SETUP_EXCEPT || op == OP_SETUP_FINALLY)) return 2;
  if (jump && op == OP_SETUP_WITH) return 1;
  return effect;
}
