/* Signal handling that must be written in C: handlers run on the signal
 * stack at any instant, where Swift code (allocating, reference counting,
 * taking locks) is unsafe to run. */
#ifndef HELPDESK_CTERMSUPPORT_H
#define HELPDESK_CTERMSUPPORT_H

/* Installs handlers for the fatal signals (SIGSEGV, SIGBUS, SIGILL, SIGABRT,
 * SIGFPE, SIGTRAP — a Swift trap raises SIGILL or SIGTRAP) that call
 * `restore` (ncurses' endwin) once, reinstate the handler that was there
 * before (the Swift runtime's backtracer, or the default action) and raise
 * the signal again, so the crash report prints on a restored terminal. */
void term_support_install_fatal_handlers(int (*restore)(void));

/* Arms or disarms the fatal handlers' call of `restore`: only while the
 * screen is in curses mode is there anything to restore. */
void term_support_set_screen_active(int active);

/* Turns SIGINT, SIGTERM and SIGHUP into one byte each (the signal number)
 * written to `write_fd`, the write end of a non-blocking self-pipe that the
 * UI's poll loop watches. Returns 0, or -1 with errno set. */
int term_support_install_termination_pipe(int write_fd);

/* Puts back the handlers that were in place before
 * `term_support_install_termination_pipe`. */
void term_support_remove_termination_pipe(void);

#endif
