# Eddy's one Makefile.
#
#   make / make all   release build (-O2): build/eddy, build/libeddy.a,
#                     build/libeddy.so, build/eddy.pc
#   make examples     the C hosts of examples/embed/
#   make run          build and run examples/tour.eddy
#   make test         build and run every test suite; prints the counts
#   make debug        debug build (-O0, assertions) in build/debug
#   make sanitize     ASan + UBSan build in build/sanitize, whole suite
#   make stress       GC on every allocation, stacks moved on every growth,
#                     in build/stress, whole suite
#   make oracle       regenerate the expected outputs of tests with python3
#   make format       clang-format every C file
#   make install      PREFIX=/usr/local by default: bin/eddy,
#                     include/eddy.h, lib/libeddy.{a,so*}, lib/pkgconfig
#   make clean
#
# Variants are the same rules run with another BUILD directory and MODE.

BUILD  ?= build
MODE   ?= release
PREFIX ?= /usr/local
CC     ?= cc

WARN     := -std=c11 -Wall -Wextra -Wshadow -Werror -D_GNU_SOURCE
CPPFLAGS := -I. -MMD -MP
LIBS     := -lgmp -lreadline -lffi -ldl -lpthread -lm

ifeq ($(MODE),release)
  OPT := -O2 -g
else ifeq ($(MODE),debug)
  OPT := -O0 -g -DEDDY_DEBUG
else ifeq ($(MODE),sanitize)
  OPT := -O1 -g -DEDDY_DEBUG -fsanitize=address,undefined \
         -fno-sanitize-recover=undefined -fno-omit-frame-pointer
  LDSAN := -fsanitize=address,undefined
else ifeq ($(MODE),stress)
  OPT := -O1 -g -DEDDY_DEBUG -DEDDY_STRESS_GC
else
  $(error unknown MODE '$(MODE)': release, debug, sanitize or stress)
endif

CFLAGS  ?=
# Position-independent (libeddy.so is made of the same objects) and with
# only EDDY_API symbols exported.
CFLAGS  += $(WARN) $(OPT) -fPIC -fvisibility=hidden
LDFLAGS += $(LDSAN)

LIB_SRCS  := $(wildcard lexer/*.c parser/*.c compiler/*.c vm/*.c stdlib/*.c)
CLI_SRCS  := $(wildcard cli/*.c)
UNIT_SRCS := $(wildcard tests/unit/*.c)
ROBUST_SRCS := $(wildcard tests/robust/*.c)

EDDY_SRCS := $(wildcard stdlib/*.eddy)
GEN_SRC   := $(BUILD)/gen/stdlib_sources.c
LIB_OBJS  := $(LIB_SRCS:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/gen/stdlib_sources.o
CLI_OBJS  := $(CLI_SRCS:%.c=$(BUILD)/obj/%.o)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)
ROBUST_BINS := $(ROBUST_SRCS:tests/robust/%.c=$(BUILD)/tests/%)
PTY_DRIVER := $(BUILD)/tests/pty_driver

DEPS_OK := $(BUILD)/.deps-ok

.PHONY: examples all run test unit debug sanitize stress oracle format install clean deps bench

all: $(BUILD)/eddy $(BUILD)/libeddy.a $(BUILD)/libeddy.so $(BUILD)/eddy.pc

# Checks for (and installs when it can) the -dev packages Eddy needs.
$(DEPS_OK): scripts/deps.sh
	@mkdir -p $(BUILD)
	@CC="$(CC)" sh scripts/deps.sh
	@touch $@

deps: $(DEPS_OK)

# The compile command of this build; rewritten (so newer) only when it
# changes, which rebuilds every object after a change of flags.
FLAGS_STAMP := $(BUILD)/.flags
$(FLAGS_STAMP): FORCE
	@mkdir -p $(BUILD)
	@echo '$(CC) $(CPPFLAGS) $(CFLAGS)' | cmp -s - $@ || \
	  echo '$(CC) $(CPPFLAGS) $(CFLAGS)' > $@

.PHONY: FORCE
FORCE:

$(BUILD)/obj/%.o: %.c $(FLAGS_STAMP) | $(DEPS_OK)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c $< -o $@

# Modules written in Eddy are embedded in the library as C strings.
$(GEN_SRC): $(EDDY_SRCS) scripts/embed_sources.sh
	@mkdir -p $(dir $@)
	sh scripts/embed_sources.sh $@ $(EDDY_SRCS)

$(BUILD)/obj/gen/stdlib_sources.o: $(GEN_SRC) $(FLAGS_STAMP) | $(DEPS_OK)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c $< -o $@

$(BUILD)/libeddy.a: $(LIB_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/eddy: $(CLI_OBJS) $(BUILD)/libeddy.a
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJS) $(BUILD)/libeddy.a $(LIBS)

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libeddy.a | $(DEPS_OK)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libeddy.a -lcriterion $(LIBS)

$(BUILD)/tests/%: tests/robust/%.c $(BUILD)/libeddy.a | $(DEPS_OK)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libeddy.a $(LIBS)

# Drives the interactive prompt through a pseudo-terminal (tests/repl).
$(PTY_DRIVER): tests/repl/pty_driver.c | $(DEPS_OK)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< -lutil

# ---- ffi: the C libraries the ffi tests and examples load ---------------
# Plain shared libraries (never sanitized: they stand for any library a
# script opens). tests/run.sh passes their paths to the programs in
# EDDY_FFI_TESTLIB and EDDY_FFI_SHAPESLIB.
FFI_TESTLIB   := $(BUILD)/tests/libeddytest.so
FFI_SHAPESLIB := $(BUILD)/examples/libshapes.so
FFI_LIBFLAGS  := -std=c11 -Wall -Wextra -Werror -D_GNU_SOURCE -O1 -g -fPIC -shared

$(FFI_TESTLIB): tests/ffi/testlib.c
	@mkdir -p $(dir $@)
	$(CC) $(FFI_LIBFLAGS) -o $@ $< -lpthread

$(FFI_SHAPESLIB): examples/ffi/shapes.c
	@mkdir -p $(dir $@)
	$(CC) $(FFI_LIBFLAGS) -o $@ $< -lm

all: $(FFI_SHAPESLIB)
test: $(FFI_TESTLIB) $(FFI_SHAPESLIB)
# ---- end of ffi ---------------------------------------------------------

run: $(BUILD)/eddy
	$(BUILD)/eddy examples/tour.eddy

# Every suite; tests/run.sh prints one count line per suite and a total.
test: all $(UNIT_BINS) $(ROBUST_BINS) $(PTY_DRIVER)
	@BUILD=$(BUILD) MODE=$(MODE) sh tests/run.sh

debug:
	@$(MAKE) --no-print-directory BUILD=build/debug MODE=debug all

sanitize:
	@$(MAKE) --no-print-directory BUILD=build/sanitize MODE=sanitize test

stress:
	@$(MAKE) --no-print-directory BUILD=build/stress MODE=stress test

oracle: all
	@sh tests/oracle.sh

bench: all
	@sh bench/run.sh

format:
	clang-format -i $(LIB_SRCS) $(CLI_SRCS) $(UNIT_SRCS) $(ROBUST_SRCS) \
	  $(wildcard */*.h include/*.h)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib \
	  $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/lib/pkgconfig
	install -m 755 $(BUILD)/eddy $(DESTDIR)$(PREFIX)/bin/eddy
	install -m 644 $(BUILD)/libeddy.a $(DESTDIR)$(PREFIX)/lib/libeddy.a
	install -m 755 $(BUILD)/$(SO_REAL) $(DESTDIR)$(PREFIX)/lib/$(SO_REAL)
	ln -sf $(SO_REAL) $(DESTDIR)$(PREFIX)/lib/$(SO_NAME)
	ln -sf $(SO_NAME) $(DESTDIR)$(PREFIX)/lib/libeddy.so
	install -m 644 include/eddy.h $(DESTDIR)$(PREFIX)/include/eddy.h
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBS@|$(LIBS)|' scripts/eddy.pc.in \
	  >$(DESTDIR)$(PREFIX)/lib/pkgconfig/eddy.pc

clean:
	rm -rf build

# ---- embedding: libeddy.so, eddy.pc, tests/api, examples/embed ----------
#
# The shared library is made of the same objects as libeddy.a (all built
# with -fPIC); only the EDDY_API functions of include/eddy.h are exported.
# tests/api/NAME.c become $(BUILD)/tests/api/NAME (Criterion), and
# examples/embed/NAME.c become $(BUILD)/examples/embed/NAME; both link
# the static library, as a host would.

SO_NAME  := libeddy.so.0
SO_REAL  := libeddy.so.0.1.0
API_SRCS := $(wildcard tests/api/*.c)
API_BINS := $(API_SRCS:tests/api/%.c=$(BUILD)/tests/api/%)
EMBED_EXAMPLE_SRCS := $(wildcard examples/embed/*.c)
EMBED_EXAMPLES := $(EMBED_EXAMPLE_SRCS:examples/embed/%.c=$(BUILD)/examples/embed/%)
# Flags for code that only sees include/eddy.h.
HOST_CFLAGS := -std=c11 -Wall -Wextra -Werror -D_GNU_SOURCE $(OPT) -Iinclude

$(BUILD)/$(SO_REAL): $(LIB_OBJS)
	$(CC) -shared -Wl,-soname,$(SO_NAME) $(LDFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/libeddy.so: $(BUILD)/$(SO_REAL)
	ln -sf $(SO_REAL) $(BUILD)/$(SO_NAME)
	ln -sf $(SO_NAME) $@

$(BUILD)/eddy.pc: scripts/eddy.pc.in Makefile
	@mkdir -p $(BUILD)
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBS@|$(LIBS)|' $< >$@

$(BUILD)/tests/api/%: tests/api/%.c $(BUILD)/libeddy.a | $(DEPS_OK)
	@mkdir -p $(dir $@)
	$(CC) $(HOST_CFLAGS) -I. $(LDFLAGS) -o $@ $< $(BUILD)/libeddy.a -lcriterion $(LIBS)

$(BUILD)/examples/embed/%: examples/embed/%.c $(BUILD)/libeddy.a | $(DEPS_OK)
	@mkdir -p $(dir $@)
	$(CC) $(HOST_CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libeddy.a $(LIBS)

examples: $(EMBED_EXAMPLES)

# make test also builds and runs these (tests/run.sh: the api suite).
test: $(API_BINS) examples

-include $(LIB_OBJS:.o=.d) $(CLI_OBJS:.o=.d)
