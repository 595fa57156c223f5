// libpq, PostgreSQL's reference C client (Debian's libpq-dev). Debian puts
// the header under postgresql/, so it is named by that path rather than
// through pkg-config (as CNcursesW does for the same reason).
#include <postgresql/libpq-fe.h>
