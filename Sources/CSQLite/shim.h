// The system's SQLite (Debian: libsqlite3-dev), reached without a wrapper package.
#include <sqlite3.h>

// sqlite3_config takes variable arguments, which Swift cannot pass: one wrapper per option used.
// Without memory statistics SQLite's allocator takes no global lock per allocation
// (https://sqlite.org/c3ref/c_config_covering_index_scan.html#sqliteconfigmemstatus).
static inline int talks_sqlite3_config_memstatus(int on) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, on);
}

// Whether closing the last connection folds the write-ahead log into the file
// (https://sqlite.org/c3ref/c_dbconfig_defensive.html#sqlitedbconfignockptonclose). sqlite3_db_config
// takes variable arguments too.
static inline int talks_sqlite3_checkpoint_on_close(sqlite3 *db, int on) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, on ? 0 : 1, (int *)0);
}
