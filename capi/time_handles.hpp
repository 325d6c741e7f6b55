// The opaque time handles of tandem.h ("time: calendars and spreading") and the
// helpers their functions share: dates in and out as text, enumeration checks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "tandem.h"
#include "tandem/alloc/apportion.hpp"
#include "tandem/time/date.hpp"
#include "tandem/time/fiscal_calendar.hpp"
#include "tandem/time/period.hpp"
#include "tandem/time/spread.hpp"
#include "tandem/time/target_series.hpp"
#include "tandem/time/working_calendar.hpp"

struct tandem_fiscal_calendar {
  tandem::time::fiscal_calendar calendar;
};

struct tandem_working_calendar {
  tandem::time::working_calendar calendar;
};

struct tandem_periods {
  std::vector<tandem::time::period> periods;
};

/// The settings of tandem::time::spread_options, owning what the C++ struct only
/// borrows (the key values); the working calendar stays borrowed, as documented.
struct tandem_spread_options {
  tandem::time::spread_basis basis = tandem::time::spread_basis::even;
  tandem::alloc::options rounding{};
  const tandem_working_calendar* workdays = nullptr;
  std::vector<tandem::time::labelled_value> values;
  tandem::time::key_unit unit = tandem::time::key_unit::weights;
  tandem::time::value_match match = tandem::time::value_match::label;
  tandem::time::zero_basis_policy when_zero = tandem::time::zero_basis_policy::error;

  /// The C++ options, borrowing from this handle: valid while it is unchanged.
  [[nodiscard]] tandem::time::spread_options view() const;
};

struct tandem_target_series {
  tandem::time::target_series series;
};

namespace tandem::capi {

/// Parses a date argument; errors name the parameter ("first: '2027-13-01' ...").
tandem::time::date date_argument(const char* text, const char* parameter);

/// first..last as a range; errors name both parameters.
tandem::time::date_range range_argument(const char* first, const char* last);

/// Rejects a date output buffer that is NULL or smaller than TANDEM_DATE_SIZE.
void require_date_buffer(const char* buffer, std::size_t capacity, const char* parameter);

/// Writes "YYYY-MM-DD" and a NUL to a buffer checked by require_date_buffer.
void write_date(tandem::time::date d, char* buffer) noexcept;

/// Rejects a value outside first..last of a C enumeration (checked before any cast:
/// the C++ enumerations are 8 bits wide, so 256 would wrap to a valid value).
void require_enum(std::int32_t value, std::int32_t first, std::int32_t last, const char* type);

/// A host's name argument for a message: quoted, cut after 64 characters (the
/// text may be huge and is read no further than that).
std::string quoted_name(const char* text);

/// Rejects index >= count of `periods` (which must not be NULL).
void require_period_index(const tandem_periods* periods, std::size_t index);

/// The spread options to use: the handle's, or the defaults for NULL.
tandem::time::spread_options spread_options_or_defaults(const tandem_spread_options* options);

}  // namespace tandem::capi
