// OpenCC's C interface (Debian libopencc-dev, installed by scripts/setup):
// the phrase guard folds traditional, Hong Kong and Taiwan characters to
// simplified ones with its dictionaries.
#include <opencc/opencc.h>
