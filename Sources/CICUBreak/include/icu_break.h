#ifndef HELPDESK_ICU_BREAK_H
#define HELPDESK_ICU_BREAK_H
#include <stdint.h>

/// The number of boundaries ICU's break iterator finds in UTF-16 `text`:
/// `sentences` 0 for the dictionary word break (Chinese words), 1 for
/// sentence boundaries. -1 when ICU cannot open the iterator. Only the
/// benchmark uses it, to weigh ICU against the phrase guard's own boundaries.
int32_t helpdesk_icu_count_breaks(const uint16_t *text, int32_t length, int sentences);

#endif
