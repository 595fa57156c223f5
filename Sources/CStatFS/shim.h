/* statfs(2), which Swift's Glibc module leaves out (it does not include
 * <sys/vfs.h>): the file system's type as a magic number, one system call. */
#include <sys/vfs.h>
