// The system's SQLite (Debian: libsqlite3-dev), reached without a wrapper package.
#include <sqlite3.h>
