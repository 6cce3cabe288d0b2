/* structseq.h: the named tuples of the built-in modules.
 *
 * time.struct_time and sys.version_info are CPython "struct sequences":
 * tuples whose items are also read as attributes (t.tm_year == t[0]) and
 * whose repr names them: time.struct_time(tm_year=2026, tm_mon=11, ...).
 * Here such a value is an ordinary ObjTuple whose class is a built-in
 * subclass of tuple made by structseq_new_class. Everything a tuple does
 * (len, indexing, slicing, iteration, ==, hash, unpacking) works because
 * the layout is a tuple's; the class's TypeOps delegate to tuple's and
 * only replace repr. Each field is a read-only property of the class.
 *
 * The field names live in the class's dict as the tuple __match_args__
 * (as in CPython), with n_fields and n_sequence_fields: the repr reads
 * them from there, so no C state outlives the class.
 *
 * Difference from CPython: fields that CPython keeps outside the tuple
 * (struct_time's tm_zone and tm_gmtoff) are not supported; every field is
 * an item.
 */
#ifndef EDDY_STRUCTSEQ_H
#define EDDY_STRUCTSEQ_H

#include "vm/vm.h"

/* The most fields a struct sequence may have. */
#define STRUCTSEQ_MAX_FIELDS 12

/* Creates the class [module].[name] whose instances are tuples of the
 * [count] fields named [fields]. Calling it with one sequence of [count]
 * to [n_fields] items makes an instance of the first [count], as
 * CPython's struct sequences allow ([n_fields] counts the fields CPython
 * keeps outside the tuple). NULL after raising. */
ObjClass *structseq_new_class(EddyVM *vm, const char *module, const char *name,
                              const char *const *fields, int count,
                              int n_fields);

/* A new instance of the struct sequence class [cls] holding the items
 * [items] (as many as the class has fields; they must stay reachable
 * while it allocates). NULL after raising. */
ObjTuple *structseq_new(EddyVM *vm, ObjClass *cls, const Value *items);

#endif
