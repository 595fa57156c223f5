/* The wide-character ncurses API for Swift.
 *
 * NCURSES_WIDECHAR must be defined before curses.h or the wide API
 * (cchar_t, get_wch, mvwadd_wch) is not declared; SwiftPM's pkgConfig path
 * drops the define, hence this header and `link "ncursesw"` in the
 * modulemap. Swift 6 rejects ncurses' mutable globals (stdscr, COLS, LINES,
 * COLORS) and cannot import its function-like macros (A_BOLD, COLOR_PAIR,
 * KEY_F), so each is wrapped in a static inline function here.
 * After editing this file, remove the build folder: clang caches modules. */
#ifndef HELPDESK_CNCURSESW_SHIM_H
#define HELPDESK_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <string.h>
#include <ncursesw/curses.h>

static inline WINDOW *hd_stdscr(void) { return stdscr; }
static inline WINDOW *hd_curscr(void) { return curscr; }
static inline int hd_cols(void) { return COLS; }
static inline int hd_lines(void) { return LINES; }
static inline int hd_colors(void) { return COLORS; }
static inline int hd_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t hd_a_normal(void) { return A_NORMAL; }
static inline attr_t hd_a_bold(void) { return A_BOLD; }
static inline attr_t hd_a_dim(void) { return A_DIM; }
static inline attr_t hd_a_reverse(void) { return A_REVERSE; }
static inline attr_t hd_a_underline(void) { return A_UNDERLINE; }

static inline int hd_key_code_yes(void) { return KEY_CODE_YES; }
static inline int hd_key_up(void) { return KEY_UP; }
static inline int hd_key_down(void) { return KEY_DOWN; }
static inline int hd_key_left(void) { return KEY_LEFT; }
static inline int hd_key_right(void) { return KEY_RIGHT; }
static inline int hd_key_home(void) { return KEY_HOME; }
static inline int hd_key_end(void) { return KEY_END; }
static inline int hd_key_ppage(void) { return KEY_PPAGE; }
static inline int hd_key_npage(void) { return KEY_NPAGE; }
static inline int hd_key_dc(void) { return KEY_DC; }
static inline int hd_key_ic(void) { return KEY_IC; }
static inline int hd_key_backspace(void) { return KEY_BACKSPACE; }
static inline int hd_key_enter(void) { return KEY_ENTER; }
static inline int hd_key_btab(void) { return KEY_BTAB; }
static inline int hd_key_resize(void) { return KEY_RESIZE; }
static inline int hd_key_mouse(void) { return KEY_MOUSE; }
static inline int hd_key_f(int n) { return KEY_F(n); }

static inline mmask_t hd_button1_pressed(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }

/* Puts one cell: a base character and up to four combining characters. */
static inline int hd_put_cell(WINDOW *win, int y, int x, const wchar_t *chars, attr_t attrs, int pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, attrs, (short)0, &pair) == ERR) return ERR;
    return mvwadd_wch(win, y, x, &cell);
}

/* Reads the text of `n` cells from (y, x); wide characters appear once. */
static inline int hd_read_row(WINDOW *win, int y, int x, wchar_t *out, int n) {
    return mvwinnwstr(win, y, x, out, n);
}

/* The attributes and colour pair of the cell at (y, x). */
static inline int hd_cell_look(WINDOW *win, int y, int x, attr_t *attrs, int *pair) {
    cchar_t cell;
    wchar_t chars[CCHARW_MAX + 1];
    short legacy_pair = 0;
    if (mvwin_wch(win, y, x, &cell) == ERR) return ERR;
    if (getcchar(&cell, chars, attrs, &legacy_pair, pair) == ERR) return ERR;
    return OK;
}

/* Whether the current LC_CTYPE encodes text as UTF-8. */
static inline int hd_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

#endif
