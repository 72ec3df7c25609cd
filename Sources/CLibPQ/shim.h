// The system's libpq, PostgreSQL's client library (Debian: libpq-dev), reached without a wrapper package.
#include <postgresql/libpq-fe.h>
