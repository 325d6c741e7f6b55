// The opaque handles of tandem.h, defined here and nowhere else.
#pragma once

#include <cstdint>
#include <vector>

#include "tandem.h"
#include "tandem/alloc/apportion.hpp"

/// Settings plus the engine's scratch memory, kept from call to call so that
/// repeated tandem_apportion calls allocate nothing (as zstd's ZSTD_CCtx).
struct tandem_alloc_options {
  tandem::alloc::options settings;
  tandem::alloc::workspace scratch;
};

/// An immutable result of tandem_apportion_decimal.
struct tandem_allocation {
  std::vector<std::int64_t> units;  ///< one share per child, in units of 10^-scale
  std::int32_t scale = 0;
};
