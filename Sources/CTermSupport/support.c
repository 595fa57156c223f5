#include "CTermSupport.h"
void term_support_placeholder(void) {}
