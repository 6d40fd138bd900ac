#ifndef BOARD_CNCURSESW_SHIM_H
#define BOARD_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <ncursesw/ncurses.h>

/* One-line wrappers for what Swift cannot import: macros and global variables. */
static inline WINDOW *board_stdscr(void) { return stdscr; }
static inline int board_colors(void) { return COLORS; }
/* Whether the terminal can move the cursor (terminfo "cup"): a full screen needs it. */
static inline int board_can_address_cursor(void) {
  char *cup = tigetstr("cup");
  return cup != NULL && cup != (char *)-1;
}
static inline int board_lines(WINDOW *w) { return getmaxy(w); }
static inline int board_columns(WINDOW *w) { return getmaxx(w); }
static inline attr_t board_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }
static inline attr_t board_a_normal(void) { return A_NORMAL; }
static inline attr_t board_a_bold(void) { return A_BOLD; }
static inline attr_t board_a_dim(void) { return A_DIM; }
static inline attr_t board_a_reverse(void) { return A_REVERSE; }
static inline attr_t board_a_underline(void) { return A_UNDERLINE; }
static inline mmask_t board_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t board_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t board_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t board_wheel_down(void) { return BUTTON5_PRESSED; }
static inline int board_set_attributes(WINDOW *w, attr_t a, short pair) {
  return wattr_set(w, a, pair, NULL);
}
#endif
