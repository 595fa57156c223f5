/* libpq, PostgreSQL's reference C client (Debian's libpq-dev for the
 * header, libpq5 at run time), loaded with dlopen on the first connection
 * instead of linked: linked, libpq and the 21 libraries it needs (OpenSSL,
 * Kerberos, LDAP, GnuTLS, ...) were loaded and relocated at every start of
 * every command, more than half of what a PBX hook's start cost, though
 * only a postgresql:// floor uses them. Debian puts the header under
 * postgresql/, so it is named by that path. Each PQ function the program
 * calls has a forwarder in libpq_loader.c; a new call needs one there, or
 * the link fails with an undefined reference. */
#ifndef HELPDESK_CLIBPQ_H
#define HELPDESK_CLIBPQ_H

#include <postgresql/libpq-fe.h>

/* Loads libpq.so.5 and resolves the functions this program calls, once
 * (thread-safe). Returns NULL when they are ready, else why not (static
 * text, valid until the next call). Call it before any other PQ function. */
const char *libpq_load(void);

#endif
