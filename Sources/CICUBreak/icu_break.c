#include "icu_break.h"
#include <unicode/ubrk.h>

int32_t helpdesk_icu_count_breaks(const uint16_t *text, int32_t length, int sentences) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(sentences ? UBRK_SENTENCE : UBRK_WORD, "zh", (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    while (ubrk_next(iterator) != UBRK_DONE) count++;
    ubrk_close(iterator);
    return count;
}
