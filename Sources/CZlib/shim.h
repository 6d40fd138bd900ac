#ifndef BOARD_CZLIB_SHIM_H
#define BOARD_CZLIB_SHIM_H
#include <zlib.h>

/* inflateInit2 is a macro: a raw deflate stream (a zip entry) has no zlib header. */
static inline int board_inflate_init_raw(z_streamp stream) {
  return inflateInit2(stream, -MAX_WBITS);
}
#endif
