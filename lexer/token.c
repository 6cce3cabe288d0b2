#include "lexer/token.h"

static const char *const token_names[] = {
#define TOKEN_NAME(kind, name) name,
    TOKEN_LIST(TOKEN_NAME)
#undef TOKEN_NAME
};

const char *token_kind_name(TokenKind kind) {
  if (kind < 0 || kind >= TOKEN_KIND_COUNT) return "?";
  return token_names[kind];
}
