/* test_exception_group.c: the report of an uncaught exception group.
 *
 * The expected texts are what python3 (CPython 3.11) writes for the same
 * programs compiled under the name "<test>" (no source lines are shown
 * for that name). The script tests compare only the last line of stderr;
 * these compare the whole framed report, which the VM writes through its
 * write_err hook.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "include/eddy.h"
#include "vm/buffer.h"
#include "vm/exception.h"
#include "vm/obj_dict.h"
#include "vm/obj_str.h"
#include "vm/vm.h"

static EddyVM *vm;
static ByteBuf captured; /* what the VM wrote through its write_err hook */

static void setup(void) {
  vm = eddy_new(NULL);
  cr_assert_not_null(vm);
  buf_init(&captured);
}

static void teardown(void) {
  eddy_free(vm);
  buf_free(&captured);
}

TestSuite(exception_group, .init = setup, .fini = teardown);

/* A write_err hook that keeps the text in [captured]. */
static void capture(EddyVM *v, const char *text, size_t len) {
  (void)v;
  cr_assert(buf_append(&captured, text, len));
}

/* Runs [source] as "<test>", which must end in an uncaught exception,
 * and compares the report with [expected]. */
static void expect_report(const char *source, const char *expected) {
  cr_assert_eq(eddy_run_string(vm, source, "<test>"), EDDY_RUNTIME_ERROR);
  cr_expect_str_eq(eddy_error_traceback(vm), expected);
}

/* Members raised in a function, with notes: each member's own traceback
 * inside the frame of the group. */
static const char *const expected_group =
    "  + Exception Group Traceback (most recent call last):\n"
    "  |   File \"<test>\", line 10, in <module>\n"
    "  | ExceptionGroup: failures (2 sub-exceptions)\n"
    "  +-+---------------- 1 ----------------\n"
    "    | Traceback (most recent call last):\n"
    "    |   File \"<test>\", line 6, in <module>\n"
    "    |   File \"<test>\", line 2, in fail\n"
    "    | ValueError: 0\n"
    "    | note 0\n"
    "    +---------------- 2 ----------------\n"
    "    | Traceback (most recent call last):\n"
    "    |   File \"<test>\", line 6, in <module>\n"
    "    |   File \"<test>\", line 2, in fail\n"
    "    | ValueError: 1\n"
    "    | note 1\n"
    "    +------------------------------------\n";

Test(exception_group, report_group) {
  expect_report("def fail(n):\n"
                "    raise ValueError(n)\n"
                "errors = []\n"
                "for n in range(2):\n"
                "    try:\n"
                "        fail(n)\n"
                "    except ValueError as e:\n"
                "        e.add_note(f\"note {n}\")\n"
                "        errors.append(e)\n"
                "raise ExceptionGroup(\"failures\", errors)\n",
                expected_group);
}

/* What except* re-raises: a new group with no frame of its own (the
 * re-raise adds none), the handler's exception chained to the part it
 * handled. */
static const char *const expected_star =
    "  | ExceptionGroup:  (2 sub-exceptions)\n"
    "  +-+---------------- 1 ----------------\n"
    "    | Exception Group Traceback (most recent call last):\n"
    "    |   File \"<test>\", line 4, in <module>\n"
    "    |   File \"<test>\", line 2, in work\n"
    "    | ExceptionGroup: work (1 sub-exception)\n"
    "    +-+---------------- 1 ----------------\n"
    "      | TypeError: 2\n"
    "      +------------------------------------\n"
    "    | \n"
    "    | During handling of the above exception, another exception "
    "occurred:\n"
    "    | \n"
    "    | Traceback (most recent call last):\n"
    "    |   File \"<test>\", line 6, in <module>\n"
    "    | KeyError: 'seen'\n"
    "    +---------------- 2 ----------------\n"
    "    | Exception Group Traceback (most recent call last):\n"
    "    |   File \"<test>\", line 4, in <module>\n"
    "    |   File \"<test>\", line 2, in work\n"
    "    | ExceptionGroup: work (1 sub-exception)\n"
    "    +-+---------------- 1 ----------------\n"
    "      | ValueError: 1\n"
    "      +------------------------------------\n";

Test(exception_group, report_star) {
  expect_report(
      "def work():\n"
      "    raise ExceptionGroup(\"work\", [ValueError(1), TypeError(2)])\n"
      "try:\n"
      "    work()\n"
      "except* TypeError:\n"
      "    raise KeyError(\"seen\")\n",
      expected_star);
}

/* Past 15 members "and N more", past 10 levels "... (max_group_depth
 * is 10)"; a nested group printed last closes the frame itself. */
static const char *const expected_limits =
    "  + Exception Group Traceback (most recent call last):\n"
    "  |   File \"<test>\", line 4, in <module>\n"
    "  | ExceptionGroup: wide (16 sub-exceptions)\n"
    "  +-+---------------- 1 ----------------\n"
    "    | ExceptionGroup: level 10 (1 sub-exception)\n"
    "    +-+---------------- 1 ----------------\n"
    "      | ExceptionGroup: level 9 (1 sub-exception)\n"
    "      +-+---------------- 1 ----------------\n"
    "        | ExceptionGroup: level 8 (1 sub-exception)\n"
    "        +-+---------------- 1 ----------------\n"
    "          | ExceptionGroup: level 7 (1 sub-exception)\n"
    "          +-+---------------- 1 ----------------\n"
    "            | ExceptionGroup: level 6 (1 sub-exception)\n"
    "            +-+---------------- 1 ----------------\n"
    "              | ExceptionGroup: level 5 (1 sub-exception)\n"
    "              +-+---------------- 1 ----------------\n"
    "                | ExceptionGroup: level 4 (1 sub-exception)\n"
    "                +-+---------------- 1 ----------------\n"
    "                  | ExceptionGroup: level 3 (1 sub-exception)\n"
    "                  +-+---------------- 1 ----------------\n"
    "                    | ExceptionGroup: level 2 (1 sub-exception)\n"
    "                    +-+---------------- 1 ----------------\n"
    "                      | ... (max_group_depth is 10)\n"
    "                      +------------------------------------\n"
    "    +---------------- 2 ----------------\n"
    "    | KeyError: 0\n"
    "    +---------------- 3 ----------------\n"
    "    | KeyError: 1\n"
    "    +---------------- 4 ----------------\n"
    "    | KeyError: 2\n"
    "    +---------------- 5 ----------------\n"
    "    | KeyError: 3\n"
    "    +---------------- 6 ----------------\n"
    "    | KeyError: 4\n"
    "    +---------------- 7 ----------------\n"
    "    | KeyError: 5\n"
    "    +---------------- 8 ----------------\n"
    "    | KeyError: 6\n"
    "    +---------------- 9 ----------------\n"
    "    | KeyError: 7\n"
    "    +---------------- 10 ----------------\n"
    "    | KeyError: 8\n"
    "    +---------------- 11 ----------------\n"
    "    | KeyError: 9\n"
    "    +---------------- 12 ----------------\n"
    "    | KeyError: 10\n"
    "    +---------------- 13 ----------------\n"
    "    | KeyError: 11\n"
    "    +---------------- 14 ----------------\n"
    "    | KeyError: 12\n"
    "    +---------------- 15 ----------------\n"
    "    | KeyError: 13\n"
    "    +---------------- ... ----------------\n"
    "    | and 1 more exception\n"
    "    +------------------------------------\n";

Test(exception_group, report_limits) {
  expect_report("g = ValueError(\"leaf\")\n"
                "for i in range(11):\n"
                "    g = ExceptionGroup(f\"level {i}\", [g])\n"
                "raise BaseExceptionGroup(\"wide\", [g] + [KeyError(i) for i "
                "in range(15)])\n",
                expected_limits);
}

/* A group raised from a plain exception: the chain at the top level,
 * then the framed group. */
static const char *const expected_chained =
    "Traceback (most recent call last):\n"
    "  File \"<test>\", line 2, in <module>\n"
    "OSError: first\n"
    "\n"
    "The above exception was the direct cause of the following exception:\n"
    "\n"
    "  + Exception Group Traceback (most recent call last):\n"
    "  |   File \"<test>\", line 4, in <module>\n"
    "  | ExceptionGroup: second (1 sub-exception)\n"
    "  +-+---------------- 1 ----------------\n"
    "    | TypeError: t\n"
    "    +------------------------------------\n";

Test(exception_group, report_chained) {
  expect_report(
      "try:\n"
      "    raise OSError(\"first\")\n"
      "except OSError as e:\n"
      "    raise ExceptionGroup(\"second\", [TypeError(\"t\")]) from e\n",
      expected_chained);
}

/* A group that was never raised, written by exception_print through the
 * write_err hook: no traceback header, the message line hangs from the
 * frame's margin. */
static const char *const expected_unraised =
    "  | ExceptionGroup: built (2 sub-exceptions)\n"
    "  | never raised\n"
    "  +-+---------------- 1 ----------------\n"
    "    | ValueError: 1\n"
    "    +---------------- 2 ----------------\n"
    "    | KeyError: 'k'\n"
    "    +------------------------------------\n";

Test(exception_group, print_through_write_hook) {
  cr_assert_eq(eddy_run_string(vm,
                               "g = ExceptionGroup(\"built\", [ValueError(1), "
                               "KeyError(\"k\")])\n"
                               "g.add_note(\"never raised\")\n",
                               "<test>"),
               EDDY_OK);
  Value main = dict_get_str(vm->modules, vm->str.main);
  cr_assert(IS_MODULE(main));
  ObjStr *name = str_intern_cstr(vm, "g");
  cr_assert_not_null(name);
  Value group = dict_get_str(AS_MODULE(main)->dict, name);
  cr_assert(IS_EXCEPTION(group));
  vm->write_err = capture;
  exception_print(vm, group);
  cr_assert(buf_append(&captured, "", 0));
  cr_expect_str_eq(captured.data, expected_unraised);
}
