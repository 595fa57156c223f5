/* The libpq functions helpdesk calls, each forwarding to libpq.so.5 as
 * dlopen found it (see CLibPQ.h for why it is not linked). */
#include "CLibPQ.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

static struct {
    PGconn *(*connectdbParams)(const char *const *, const char *const *, int);
    void (*finish)(PGconn *);
    void (*reset)(PGconn *);
    ConnStatusType (*status)(const PGconn *);
    char *(*errorMessage)(const PGconn *);
    int (*socket)(const PGconn *);
    PQnoticeProcessor (*setNoticeProcessor)(PGconn *, PQnoticeProcessor, void *);
    PGresult *(*exec)(PGconn *, const char *);
    PGresult *(*execParams)(PGconn *, const char *, int, const Oid *, const char *const *, const int *, const int *, int);
    int (*consumeInput)(PGconn *);
    PGnotify *(*notifies)(PGconn *);
    ExecStatusType (*resultStatus)(const PGresult *);
    char *(*resultErrorField)(const PGresult *, int);
    int (*ntuples)(const PGresult *);
    char *(*getvalue)(const PGresult *, int, int);
    int (*getlength)(const PGresult *, int, int);
    int (*getisnull)(const PGresult *, int, int);
    void (*clear)(PGresult *);
    void (*freemem)(void *);
    PQconninfoOption *(*conninfoParse)(const char *, char **);
    void (*conninfoFree)(PQconninfoOption *);
    char *(*escapeLiteral)(PGconn *, const char *, size_t);
    int (*sendQuery)(PGconn *, const char *);
    PGresult *(*getResult)(PGconn *);
} pq;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static const char *failure;
static char reason[512];

static void *resolve(void *library, const char *name) {
    void *function = dlsym(library, name);
    if (function == NULL && failure == NULL) {
        snprintf(reason, sizeof reason, "libpq.so.5 has no %s", name);
        failure = reason;
    }
    return function;
}

static void load(void) {
    void *library = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *why = dlerror();
        snprintf(reason, sizeof reason, "%s (install libpq5)", why ? why : "libpq.so.5 cannot be loaded");
        failure = reason;
        return;
    }
    pq.connectdbParams = resolve(library, "PQconnectdbParams");
    pq.finish = resolve(library, "PQfinish");
    pq.reset = resolve(library, "PQreset");
    pq.status = resolve(library, "PQstatus");
    pq.errorMessage = resolve(library, "PQerrorMessage");
    pq.socket = resolve(library, "PQsocket");
    pq.setNoticeProcessor = resolve(library, "PQsetNoticeProcessor");
    pq.exec = resolve(library, "PQexec");
    pq.execParams = resolve(library, "PQexecParams");
    pq.consumeInput = resolve(library, "PQconsumeInput");
    pq.notifies = resolve(library, "PQnotifies");
    pq.resultStatus = resolve(library, "PQresultStatus");
    pq.resultErrorField = resolve(library, "PQresultErrorField");
    pq.ntuples = resolve(library, "PQntuples");
    pq.getvalue = resolve(library, "PQgetvalue");
    pq.getlength = resolve(library, "PQgetlength");
    pq.getisnull = resolve(library, "PQgetisnull");
    pq.clear = resolve(library, "PQclear");
    pq.freemem = resolve(library, "PQfreemem");
    pq.conninfoParse = resolve(library, "PQconninfoParse");
    pq.conninfoFree = resolve(library, "PQconninfoFree");
    pq.escapeLiteral = resolve(library, "PQescapeLiteral");
    pq.sendQuery = resolve(library, "PQsendQuery");
    pq.getResult = resolve(library, "PQgetResult");
}

const char *libpq_load(void) {
    pthread_once(&once, load);
    return failure;
}

PGconn *PQconnectdbParams(const char *const *keywords, const char *const *values, int expand_dbname) {
    return pq.connectdbParams(keywords, values, expand_dbname);
}
void PQfinish(PGconn *conn) { pq.finish(conn); }
void PQreset(PGconn *conn) { pq.reset(conn); }
ConnStatusType PQstatus(const PGconn *conn) { return pq.status(conn); }
char *PQerrorMessage(const PGconn *conn) { return pq.errorMessage(conn); }
int PQsocket(const PGconn *conn) { return pq.socket(conn); }
PQnoticeProcessor PQsetNoticeProcessor(PGconn *conn, PQnoticeProcessor proc, void *arg) {
    return pq.setNoticeProcessor(conn, proc, arg);
}
PGresult *PQexec(PGconn *conn, const char *query) { return pq.exec(conn, query); }
PGresult *PQexecParams(PGconn *conn, const char *command, int nParams, const Oid *paramTypes,
                       const char *const *paramValues, const int *paramLengths, const int *paramFormats,
                       int resultFormat) {
    return pq.execParams(conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat);
}
int PQconsumeInput(PGconn *conn) { return pq.consumeInput(conn); }
PGnotify *PQnotifies(PGconn *conn) { return pq.notifies(conn); }
ExecStatusType PQresultStatus(const PGresult *res) { return pq.resultStatus(res); }
char *PQresultErrorField(const PGresult *res, int fieldcode) { return pq.resultErrorField(res, fieldcode); }
int PQntuples(const PGresult *res) { return pq.ntuples(res); }
char *PQgetvalue(const PGresult *res, int tup_num, int field_num) { return pq.getvalue(res, tup_num, field_num); }
int PQgetlength(const PGresult *res, int tup_num, int field_num) { return pq.getlength(res, tup_num, field_num); }
int PQgetisnull(const PGresult *res, int tup_num, int field_num) { return pq.getisnull(res, tup_num, field_num); }
void PQclear(PGresult *res) { pq.clear(res); }
void PQfreemem(void *ptr) { pq.freemem(ptr); }
PQconninfoOption *PQconninfoParse(const char *conninfo, char **errmsg) { return pq.conninfoParse(conninfo, errmsg); }
void PQconninfoFree(PQconninfoOption *connOptions) { pq.conninfoFree(connOptions); }
char *PQescapeLiteral(PGconn *conn, const char *str, size_t len) { return pq.escapeLiteral(conn, str, len); }
int PQsendQuery(PGconn *conn, const char *query) { return pq.sendQuery(conn, query); }
PGresult *PQgetResult(PGconn *conn) { return pq.getResult(conn); }
