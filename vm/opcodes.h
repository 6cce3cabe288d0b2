/* opcodes.h: the one list of Eddy's bytecode instructions.
 *
 * An instruction is 32 bits: the opcode in the low 8 bits and an
 * unsigned argument in the high 24. OPCODE_LIST is expanded into the
 * Opcode enum, the names the disassembler prints (`eddy --dis`), the
 * dispatch table of the interpreter loop, and the stack-effect table the
 * compiler uses to size each frame's value stack.
 *
 * X(name, effect) where effect is the net change of the stack height
 * when the instruction falls through, or VAR when it depends on the
 * argument (opcode_stack_effect computes those). Stack pictures in the
 * comments list the top of the stack last.
 */
#ifndef EDDY_OPCODES_H
#define EDDY_OPCODES_H

#include "vm/common.h"

#define VAR 99

#define OPCODE_LIST(X)                                                         \
  X(NOP, 0)              /* does nothing */                                    \
  X(POP_TOP, -1)         /* v -> */                                            \
  X(COPY, 1)             /* ... v(arg) ... -> ... v: push the arg-th value */  \
  X(SWAP, 0)             /* swap the top with the arg-th value */              \
  X(LOAD_CONST, 1)       /* -> consts[arg] */                                  \
  X(LOAD_FAST, 1)        /* -> local arg (UnboundLocalError if unbound) */     \
  X(STORE_FAST, -1)      /* v -> ; local arg = v */                            \
  X(DELETE_FAST, 0)      /* unbinds local arg */                               \
  X(LOAD_DEREF, 1)       /* -> value of cell arg */                            \
  X(STORE_DEREF, -1)     /* v -> ; cell arg = v */                             \
  X(DELETE_DEREF, 0)     /* unbinds cell arg */                                \
  X(LOAD_CLOSURE, 1)     /* -> the cell object arg itself */                   \
  X(LOAD_GLOBAL, 1)      /* -> globals/builtins[names[arg]] */                 \
  X(STORE_GLOBAL, -1)    /* v -> ; globals[names[arg]] = v */                  \
  X(DELETE_GLOBAL, 0)    /* del globals[names[arg]] */                         \
  X(LOAD_NAME, 1)        /* -> locals/globals/builtins[names[arg]] */          \
  X(STORE_NAME, -1)      /* v -> ; locals[names[arg]] = v */                   \
  X(DELETE_NAME, 0)      /* del locals[names[arg]] */                          \
  X(LOAD_ATTR, 0)        /* obj -> obj.names[arg] */                           \
  X(STORE_ATTR, -2)      /* v obj -> ; obj.names[arg] = v */                   \
  X(DELETE_ATTR, -1)     /* obj -> ; del obj.names[arg] */                     \
  X(LOAD_METHOD, 1)      /* obj -> meth self | UNDEF attr */                   \
  X(CALL_METHOD, VAR)    /* meth self a1..an -> result (arg = n) */            \
  X(CALL, VAR)           /* f a1..an -> result (arg = n) */                    \
  X(CALL_KW, VAR)        /* f a1..an names -> result (arg = n, names last) */  \
  X(CALL_EX, VAR)        /* f args [kwargs] -> result (arg&1: kwargs) */       \
  X(BINARY_SUBSCR, -1)   /* obj key -> obj[key] */                             \
  X(STORE_SUBSCR, -3)    /* v obj key -> ; obj[key] = v */                     \
  X(DELETE_SUBSCR, -2)   /* obj key -> ; del obj[key] */                       \
  X(BUILD_SLICE, VAR)    /* start stop [step] -> slice (arg = 2 or 3) */       \
  X(BINARY_OP, -1)       /* a b -> a op b (arg = BinOpKind) */                 \
  X(INPLACE_OP, -1)      /* a b -> a op= b (arg = BinOpKind) */                \
  X(UNARY_NEGATIVE, 0)   /* v -> -v */                                         \
  X(UNARY_POSITIVE, 0)   /* v -> +v */                                         \
  X(UNARY_INVERT, 0)     /* v -> ~v */                                         \
  X(UNARY_NOT, 0)        /* v -> not v */                                      \
  X(COMPARE_OP, -1)      /* a b -> a op b (arg = CompareOp) */                 \
  X(IS_OP, -1)           /* a b -> a is b (arg 1: is not) */                   \
  X(CONTAINS_OP, -1)     /* a b -> a in b (arg 1: not in) */                   \
  X(JUMP, 0)             /* ip = arg */                                        \
  X(POP_JUMP_IF_FALSE, -1) /* v -> ; jump when false */                        \
  X(POP_JUMP_IF_TRUE, -1)  /* v -> ; jump when true */                         \
  X(JUMP_IF_FALSE_OR_POP, VAR) /* v -> v and jump when false, else pop */      \
  X(JUMP_IF_TRUE_OR_POP, VAR)  /* v -> v and jump when true, else pop */       \
  X(GET_ITER, 0)         /* v -> iter(v) */                                    \
  X(FOR_ITER, VAR)       /* it -> it item, or pop it and jump at the end */    \
  X(BUILD_TUPLE, VAR)    /* v1..vn -> (v1, ..., vn) */                         \
  X(BUILD_LIST, VAR)     /* v1..vn -> [v1, ..., vn] */                         \
  X(BUILD_SET, VAR)      /* v1..vn -> {v1, ..., vn} */                         \
  X(BUILD_MAP, VAR)      /* k1 v1..kn vn -> {k1: v1, ...} */                   \
  X(BUILD_STRING, VAR)   /* s1..sn -> s1 + ... + sn */                         \
  X(LIST_APPEND, -1)     /* list(arg below) ... v -> ; list.append(v) */       \
  X(SET_ADD, -1)         /* set(arg below) ... v -> ; set.add(v) */            \
  X(MAP_ADD, -2)         /* map(arg below) ... k v -> ; map[k] = v */          \
  X(LIST_EXTEND, -1)     /* list(arg below) ... it -> ; list.extend(it) */     \
  X(SET_UPDATE, -1)      /* set(arg below) ... it -> ; set.update(it) */       \
  X(DICT_UPDATE, -1)     /* map(arg below) ... m -> ; map.update(m) */         \
  X(DICT_MERGE, -1)      /* like DICT_UPDATE, duplicate keys are an error */   \
  X(LIST_TO_TUPLE, 0)    /* list -> tuple(list) */                             \
  X(UNPACK_SEQUENCE, VAR) /* seq -> vn..v1 (arg = n) */                        \
  X(UNPACK_EX, VAR)      /* seq -> unpacked with a starred list */             \
  X(MAKE_FUNCTION, VAR)  /* [defaults] [kwdefaults] [closure] code -> f */     \
  X(RETURN_VALUE, -1)    /* v -> ; return v to the caller */                   \
  X(RAISE_VARARGS, VAR)  /* [exc [cause]] -> ; raise */                        \
  X(SETUP_EXCEPT, 0)     /* push an except block with handler arg */           \
  X(SETUP_FINALLY, 0)    /* push a finally block with handler arg */           \
  X(POP_BLOCK, 0)        /* pop the innermost block */                         \
  X(POP_EXCEPT, -1)      /* prev -> ; leave an except clause: restore the
                            handled exception to prev */  \
  X(RERAISE, -1)         /* exc -> ; raise exc again, traceback kept */        \
  X(CHECK_EXC_MATCH, 0)  /* exc type -> exc matches */                         \
  X(CHECK_EG_MATCH, VAR) /* exc type -> rest match (except*), or exc and
                            jump to arg when nothing matches */         \
  X(RERAISE_STAR, -2)    /* orig raised -> ; raise what the except*
                            clauses left and raised, if anything */     \
  X(BEFORE_WITH, 1)      /* mgr -> exit enter_result (calls __enter__;
                            arg 1: __aexit__ and __aenter__'s awaitable) */  \
  X(SETUP_WITH, 0)       /* push a finally block below enter_result */    \
  X(EXIT_ARGS, 2)        /* exit exc -> exit type exc tb */                    \
  X(FORMAT_VALUE, VAR)   /* v [spec] -> str (arg&3 conversion, arg&4 spec) */  \
  X(LOAD_ASSERTION_ERROR, 1) /* -> AssertionError */                           \
  X(IMPORT_NAME, -1)     /* fromlist -> module names[arg] */                   \
  X(IMPORT_FROM, 1)      /* module -> module module.names[arg] */              \
  X(IMPORT_STAR, -1)     /* module -> ; copy its public names */               \
  X(PRINT_EXPR, -1)      /* v -> ; the REPL shows repr(v) */                   \
  X(LOAD_BUILD_CLASS, 1) /* -> __build_class__ */                              \
  X(YIELD_VALUE, 0)      /* v -> sent value; suspend the generator */          \
  X(GET_AWAITABLE, 0)    /* v -> awaitable */                                  \
  X(SEND, VAR)           /* recv v -> recv yielded, or -> result and jump
                            to arg when recv returns */              \
  X(GET_AITER, 0)        /* v -> v.__aiter__() */                          \
  X(GET_ANEXT, 1)        /* aiter -> aiter aiter.__anext__() */            \
  X(END_ASYNC_FOR, -3)   /* aiter prev exc -> ; ends the loop on
                            StopAsyncIteration, else re-raises exc */      \
  X(SETUP_ANNOTATIONS, 0) /* unused: annotations are ignored */

typedef enum {
#define OPCODE_ENUM(name, effect) OP_##name,
  OPCODE_LIST(OPCODE_ENUM)
#undef OPCODE_ENUM
      OPCODE_COUNT
} Opcode;

#define INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_OP(ins) ((Opcode)((ins)&0xFF))
#define INSTR_ARG(ins) (((uint32_t)(ins)) >> 8)
#define INSTR_MAX_ARG 0xFFFFFF

/* LIST_EXTEND flag: the list holds a call's positional arguments and the
 * function sits just below it (for error messages). */
#define LIST_EXTEND_CALL 0x10000

/* Flags of MAKE_FUNCTION's argument. */
enum {
  MAKE_FN_DEFAULTS = 1,   /* a tuple of positional defaults */
  MAKE_FN_KWDEFAULTS = 2, /* a dict of keyword-only defaults */
  MAKE_FN_CLOSURE = 8,    /* a tuple of cells */
};

/* The name of [op] for the disassembler. */
const char *opcode_name(Opcode op);

/* The net stack effect of [op] with [arg]; [jump] selects the branch
 * taken (for conditional jumps and FOR_ITER). */
int opcode_stack_effect(Opcode op, uint32_t arg, bool jump);

/* True when [op]'s argument is an instruction address. */
bool opcode_has_jump(Opcode op);

#endif
