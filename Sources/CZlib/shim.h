// The system's zlib (Debian: zlib1g-dev) for DEFLATE and CRC-32 inside Office files' ZIP containers.
#include <zlib.h>

// deflateInit2/inflateInit2 are macros that Swift cannot call; these pass the version and size.
static inline int talks_deflate_init(z_streamp stream) {
    // Raw DEFLATE (negative window bits): ZIP stores no zlib header. Level 6 is zlib's default.
    return deflateInit2(stream, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
}

static inline int talks_inflate_init(z_streamp stream) {
    return inflateInit2(stream, -15);
}
