#ifndef PERFPLAN_CSQLITE_SHIM_H
#define PERFPLAN_CSQLITE_SHIM_H

#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast of -1 to a function pointer, which Swift cannot import:
// binding text with it makes SQLite copy the bytes before the call returns.
static inline int perfplan_sqlite3_bind_text(sqlite3_stmt *s, int k, const char *text, int n) {
    return sqlite3_bind_text(s, k, text, n, SQLITE_TRANSIENT);
}

#endif
