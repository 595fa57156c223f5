/* See CTermSupport.h for what these handlers are for. */
#define _GNU_SOURCE
#include "CTermSupport.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static const int fatal_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE, SIGTRAP };
#define FATAL_COUNT (sizeof fatal_signals / sizeof fatal_signals[0])
static struct sigaction previous_fatal[FATAL_COUNT];
static int (*restore_terminal)(void);
static volatile sig_atomic_t screen_active;
static volatile sig_atomic_t restoring;

static void on_fatal_signal(int sig, siginfo_t *info, void *context) {
    (void)context;
    if (screen_active && !restoring) {
        restoring = 1;
        screen_active = 0;
        if (restore_terminal) restore_terminal();
    }
    for (unsigned i = 0; i < FATAL_COUNT; i++) {
        if (fatal_signals[i] == sig) {
            sigaction(sig, &previous_fatal[i], NULL);
            break;
        }
    }
    /* A fault the processor raised on an instruction (a bad address, a
     * Swift trap's ud2) happens again when the handler returns, and then
     * reaches the previous handler with its true context, so the crash
     * report shows the faulting frame. SIGTRAP is excluded: x86 reports
     * int3 after the instruction, and returning would carry on past it. */
    if (info != NULL && info->si_code > 0 &&
        (sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE)) {
        return;
    }
    /* Otherwise unblock and re-raise: the previous handler (or the default
     * action, terminating with a core) now deals with the signal. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
}

void term_support_install_fatal_handlers(int (*restore)(void)) {
    static int installed;
    restore_terminal = restore;
    if (installed) return;
    installed = 1;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = on_fatal_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK;
    for (unsigned i = 0; i < FATAL_COUNT; i++) {
        sigaction(fatal_signals[i], &action, &previous_fatal[i]);
    }
}

void term_support_set_screen_active(int active) {
    screen_active = active;
}

static const int termination_signals[] = { SIGINT, SIGTERM, SIGHUP };
#define TERMINATION_COUNT (sizeof termination_signals / sizeof termination_signals[0])
static struct sigaction previous_termination[TERMINATION_COUNT];
static volatile int termination_fd = -1;

static void on_termination_signal(int sig) {
    int saved = errno;
    unsigned char byte = (unsigned char)sig;
    if (termination_fd >= 0) {
        /* A full pipe means the UI already has signals to read: dropping
         * this byte loses nothing it needs. */
        ssize_t ignored = write(termination_fd, &byte, 1);
        (void)ignored;
    }
    errno = saved;
}

int term_support_install_termination_pipe(int write_fd) {
    termination_fd = write_fd;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_termination_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (unsigned i = 0; i < TERMINATION_COUNT; i++) {
        if (sigaction(termination_signals[i], &action, &previous_termination[i]) != 0) return -1;
    }
    return 0;
}

void term_support_remove_termination_pipe(void) {
    if (termination_fd < 0) return;
    for (unsigned i = 0; i < TERMINATION_COUNT; i++) {
        sigaction(termination_signals[i], &previous_termination[i], NULL);
    }
    termination_fd = -1;
}
