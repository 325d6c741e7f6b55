// Actuals through tandem.h: empty or loaded from CSV (memory or a file), sales booked
// one at a time, and the rolled-up actuals read back. The handle keeps the shape of
// its plan so that indexes are checked here.
#include <cstddef>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include "firewall.hpp"
#include "plan_handles.hpp"
#include "tandem.h"
#include "tandem/core/error.hpp"
#include "text/read_file.hpp"
#include "time_handles.hpp"

namespace {

namespace plan = tandem::plan;
using tandem::capi::firewall;
using tandem::capi::plan_argument;
using tandem::capi::require_non_null;

tandem_actuals* new_actuals(const plan::plan& p, plan::actuals a) {
  return std::make_unique<tandem_actuals>(tandem_actuals{std::move(a), p.unit_count(), p.product_count(),
                                                         p.periods().size(), p.spec().targets})
      .release();
}

// The whole file, or errc::invalid_argument naming it ("cannot read 'x': No such file
// or directory"), as the document loaders word it.
std::string read_file(const char* path) {
  std::string text;
  if (const int error_number = tandem::text::read_whole_file(path, text); error_number != 0) {
    throw tandem::error(tandem::errc::invalid_argument,
                        "cannot read '" + std::string(path) + "': " + std::strerror(error_number));
  }
  return text;
}

// The checks every read shares: a measure the actuals hold, a unit, a line or all.
plan::measure cell_arguments(const tandem_actuals* a, tandem_measure measure, std::size_t unit,
                             std::size_t product) {
  require_non_null(a, "actuals");
  const plan::measure m = tandem::capi::measure_argument(measure);
  if (!a->targeted[m]) {
    tandem::capi::throw_invalid_argument("the plan does not target " + std::string(plan::to_string(m)));
  }
  tandem::capi::require_unit(unit, a->units);
  tandem::capi::require_product(product, a->products, true);
  return m;
}

}  // namespace

extern "C" {

tandem_status tandem_actuals_create(const tandem_plan* plan, tandem_actuals** out) {
  return firewall([&] {
    const plan::plan& p = plan_argument(plan);
    require_non_null(out, "out");
    *out = new_actuals(p, plan::actuals(p));
  });
}

tandem_status tandem_actuals_load_csv(const tandem_plan* plan, const char* csv, size_t length,
                                      const char* source_name, tandem_actuals** out) {
  return firewall([&] {
    const plan::plan& p = plan_argument(plan);
    require_non_null(out, "out");
    if (csv == nullptr && length > 0) {
      tandem::capi::throw_invalid_argument("csv is NULL but length is " + std::to_string(length));
    }
    const std::string_view text = length == 0 ? std::string_view() : std::string_view(csv, length);
    const std::string_view name = source_name == nullptr ? std::string_view("<memory>") : source_name;
    *out = new_actuals(p, plan::load_actuals_csv(p, text, name));
  });
}

tandem_status tandem_actuals_load_csv_file(const tandem_plan* plan, const char* path, tandem_actuals** out) {
  return firewall([&] {
    const plan::plan& p = plan_argument(plan);
    require_non_null(path, "path");
    require_non_null(out, "out");
    const std::string text = read_file(path);
    *out = new_actuals(p, plan::load_actuals_csv(p, text, path));
  });
}

void tandem_actuals_destroy(tandem_actuals* actuals) { delete actuals; }

tandem_status tandem_actuals_add(tandem_actuals* actuals, const tandem_plan* plan, const char* unit,
                                 const char* product, const char* date, int64_t amount, int64_t quantity) {
  return firewall([&] {
    require_non_null(actuals, "actuals");
    const plan::plan& p = plan_argument(plan);
    require_non_null(unit, "unit");
    require_non_null(product, "product");
    const tandem::time::date day = tandem::capi::date_argument(date, "date");
    plan::per_measure<std::int64_t> values{};
    values[plan::measure::amount] = amount;
    values[plan::measure::quantity] = quantity;
    actuals->a.add(p, unit, product, day, values);
  });
}

tandem_status tandem_actuals_actual(const tandem_actuals* actuals, tandem_measure measure, size_t unit,
                                    size_t product, size_t month, int64_t* out) {
  return firewall([&] {
    const plan::measure m = cell_arguments(actuals, measure, unit, product);
    tandem::capi::require_month(month, actuals->months);
    require_non_null(out, "out");
    *out = actuals->a.actual(m, unit, product, month);
  });
}

tandem_status tandem_actuals_total(const tandem_actuals* actuals, tandem_measure measure, size_t unit,
                                   size_t product, int64_t* out) {
  return firewall([&] {
    const plan::measure m = cell_arguments(actuals, measure, unit, product);
    require_non_null(out, "out");
    *out = actuals->a.actual_total(m, unit, product);
  });
}

size_t tandem_actuals_rows(const tandem_actuals* actuals) { return actuals == nullptr ? 0 : actuals->a.rows(); }

tandem_status tandem_actuals_last_date(const tandem_actuals* actuals, bool* has_out, char* date_out,
                                       size_t date_capacity) {
  return firewall([&] {
    require_non_null(actuals, "actuals");
    require_non_null(has_out, "has_out");
    tandem::capi::require_date_buffer(date_out, date_capacity, "date_out");
    const auto last = actuals->a.last_date();
    *has_out = last.has_value();
    if (last) tandem::capi::write_date(*last, date_out);
  });
}

}  // extern "C"
