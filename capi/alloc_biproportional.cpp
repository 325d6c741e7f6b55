// Biproportional apportionment through tandem.h: the call, its result handle, and
// the certificate check. Divisors are exact rationals and cross the API as text
// ("p/q" or "p"), the one exact form every host language can hold: formatted from
// tandem::rational on the way out, checked character by character on the way in.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "firewall.hpp"
#include "tandem.h"
#include "tandem/alloc/biproportional.hpp"
#include "tandem/core/error.hpp"
#include "tandem/core/multiprecision.hpp"
#include "text_output.hpp"

/// An immutable result of tandem_biproportional: the engine's result and its shape.
struct tandem_biproportional_result {
  std::size_t rows = 0;
  std::size_t columns = 0;
  tandem::alloc::biproportional_result result;
};

namespace {

using tandem::capi::firewall;
using tandem::capi::require_non_null;
using tandem::capi::throw_invalid_argument;

// The engine's method enumeration is 8 bits wide: check before the cast, so that
// 258 never becomes webster. Hamilton (no divisors) and huntington-hill (irrational
// signposts) pass here; the engine refuses both with its own message.
tandem::alloc::biproportional_options options_argument(tandem_method method, std::int64_t quantum) {
  if (method < TANDEM_METHOD_HAMILTON || method > TANDEM_METHOD_HUNTINGTON_HILL) {
    throw_invalid_argument("method " + std::to_string(method) + " is not a tandem_method");
  }
  return {.m = static_cast<tandem::alloc::method>(method), .quantum = quantum};
}

// rows * columns, refused when no array of int64 could have that many elements (a
// wrapped product would make the engine read far past the caller's array).
std::size_t cell_count(std::size_t rows, std::size_t columns) {
  if (columns != 0 && rows > SIZE_MAX / columns) {
    throw_invalid_argument("rows * columns (" + std::to_string(rows) + " * " + std::to_string(columns) +
                           ") is larger than any array can be");
  }
  return rows * columns;
}

// The three int64 inputs both functions share, checked and viewed as spans.
struct matrix_arguments {
  std::span<const std::int64_t> row_totals;
  std::span<const std::int64_t> column_totals;
  std::span<const std::int64_t> weights;
};

matrix_arguments matrix_argument(const int64_t* row_totals, std::size_t rows, const int64_t* column_totals,
                                 std::size_t columns, const int64_t* weights) {
  const std::size_t cells = cell_count(rows, columns);
  tandem::capi::require_array(row_totals, rows, sizeof(int64_t), "row_totals");
  tandem::capi::require_array(column_totals, columns, sizeof(int64_t), "column_totals");
  tandem::capi::require_array(weights, cells, sizeof(int64_t), "weights");
  // The engine reports empty matrices itself; empty spans never touch the pointers.
  return {{row_totals, rows}, {column_totals, columns}, {weights, cells}};
}

// Exact text of a divisor: "p/q" in lowest terms (cpp_rational keeps them so), or
// "p" when q is 1.
std::string divisor_text(const tandem::rational& divisor) {
  const tandem::big_int denominator = tandem::mp::denominator(divisor);
  std::string text = tandem::mp::numerator(divisor).str();
  if (denominator != 1) text += "/" + denominator.str();
  return text;
}

// Decimal digits only. Boost's string constructor reads "010" as octal and "0x10"
// as hexadecimal, so the text is checked here and its leading zeros dropped first.
bool parse_digits(std::string_view digits, tandem::big_int& out) {
  if (digits.empty() || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  const std::size_t first = std::min(digits.find_first_not_of('0'), digits.size() - 1);
  out = tandem::big_int(std::string(digits.substr(first)));
  return true;
}

// One divisor of a certificate: "[-]p" or "[-]p/q" with q > 0. A negative or zero
// divisor is well-formed text; the check itself refuses it as a certificate fault.
tandem::rational parse_divisor(const char* text, const std::string& name, std::size_t child) {
  if (text == nullptr) {
    throw tandem::error(tandem::errc::invalid_argument, name + " is NULL", child);
  }
  std::string_view rest(text);
  const std::string shown = rest.size() > 64 ? std::string(rest.substr(0, 64)) + "..." : std::string(rest);
  const bool negative = !rest.empty() && rest.front() == '-';
  if (negative) rest.remove_prefix(1);
  const std::size_t slash = rest.find('/');
  tandem::big_int numerator;
  tandem::big_int denominator = 1;
  const bool ok = parse_digits(rest.substr(0, slash), numerator) &&
                  (slash == std::string_view::npos || parse_digits(rest.substr(slash + 1), denominator));
  if (!ok) {
    throw tandem::error(tandem::errc::parse_error,
                        name + ": '" + shown + "' is not an exact rational \"p/q\" or \"p\"", child);
  }
  if (denominator == 0) {
    throw tandem::error(tandem::errc::parse_error, name + ": '" + shown + "' has denominator 0", child);
  }
  tandem::rational value(numerator, denominator);
  return negative ? tandem::rational(-value) : value;
}

// `count` divisors named "<what>[i]"; errors carry child `first_child + i`, so that
// column j is rows + j as in the engine's own errors.
std::vector<tandem::rational> parse_divisors(const char* const* texts, std::size_t count, const char* what,
                                             std::size_t first_child) {
  tandem::capi::require_array(texts, count, sizeof(tandem::rational), what);
  std::vector<tandem::rational> divisors;
  divisors.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    divisors.push_back(parse_divisor(texts[i], std::string(what) + "[" + std::to_string(i) + "]", first_child + i));
  }
  return divisors;
}

void require_row(const tandem_biproportional_result* result, std::size_t row) {
  require_non_null(result, "result");
  if (row >= result->rows) {
    throw_invalid_argument("row " + std::to_string(row) + " is not below the rows " + std::to_string(result->rows));
  }
}

void require_column(const tandem_biproportional_result* result, std::size_t column) {
  require_non_null(result, "result");
  if (column >= result->columns) {
    throw_invalid_argument("column " + std::to_string(column) + " is not below the columns " +
                           std::to_string(result->columns));
  }
}

}  // namespace

extern "C" {

tandem_status tandem_biproportional(const int64_t* row_totals, size_t rows, const int64_t* column_totals,
                                    size_t columns, const int64_t* weights, tandem_method method, int64_t quantum,
                                    tandem_biproportional_result** out) {
  return firewall([&] {
    require_non_null(out, "out");
    const matrix_arguments m = matrix_argument(row_totals, rows, column_totals, columns, weights);
    const tandem::alloc::biproportional_options opts = options_argument(method, quantum);
    auto made = std::make_unique<tandem_biproportional_result>();
    made->rows = rows;
    made->columns = columns;
    made->result = tandem::alloc::biproportional(m.row_totals, m.column_totals, m.weights, opts);
    *out = made.release();
  });
}

void tandem_biproportional_result_destroy(tandem_biproportional_result* result) { delete result; }

size_t tandem_biproportional_result_rows(const tandem_biproportional_result* result) {
  return result == nullptr ? 0 : result->rows;
}

size_t tandem_biproportional_result_columns(const tandem_biproportional_result* result) {
  return result == nullptr ? 0 : result->columns;
}

tandem_status tandem_biproportional_result_share(const tandem_biproportional_result* result, size_t row,
                                                 size_t column, int64_t* out) {
  return firewall([&] {
    require_row(result, row);
    require_column(result, column);
    require_non_null(out, "out");
    *out = result->result.shares[row * result->columns + column];
  });
}

tandem_status tandem_biproportional_result_copy_shares(const tandem_biproportional_result* result, int64_t* out,
                                                       size_t count) {
  return firewall([&] {
    require_non_null(result, "result");
    const std::vector<std::int64_t>& shares = result->result.shares;
    if (count != shares.size()) {
      throw_invalid_argument("count " + std::to_string(count) + " is not rows * columns = " +
                             std::to_string(shares.size()));
    }
    tandem::capi::require_array(out, count, sizeof(int64_t), "out");
    std::copy(shares.begin(), shares.end(), out);
  });
}

bool tandem_biproportional_result_tied(const tandem_biproportional_result* result) {
  return result != nullptr && result->result.tied;
}

tandem_status tandem_biproportional_result_stats(const tandem_biproportional_result* result,
                                                 size_t* scaling_passes_out, size_t* transfer_steps_out,
                                                 bool* used_multiprecision_out) {
  return firewall([&] {
    require_non_null(result, "result");
    const tandem::alloc::biproportional_stats& stats = result->result.stats;
    if (scaling_passes_out != nullptr) *scaling_passes_out = stats.scaling_passes;
    if (transfer_steps_out != nullptr) *transfer_steps_out = stats.transfer_steps;
    if (used_multiprecision_out != nullptr) *used_multiprecision_out = stats.used_multiprecision;
  });
}

tandem_status tandem_biproportional_result_row_divisor(const tandem_biproportional_result* result, size_t row,
                                                       char* buffer, size_t capacity, size_t* length_out) {
  return firewall([&] {
    require_row(result, row);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(divisor_text(result->result.row_divisors[row]), buffer, capacity, length_out);
  });
}

tandem_status tandem_biproportional_result_column_divisor(const tandem_biproportional_result* result,
                                                          size_t column, char* buffer, size_t capacity,
                                                          size_t* length_out) {
  return firewall([&] {
    require_column(result, column);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(divisor_text(result->result.column_divisors[column]), buffer, capacity,
                             length_out);
  });
}

tandem_status tandem_biproportional_check(const int64_t* row_totals, size_t rows, const int64_t* column_totals,
                                          size_t columns, const int64_t* weights, const int64_t* shares,
                                          const char* const* row_divisors, const char* const* column_divisors,
                                          tandem_method method, int64_t quantum) {
  return firewall([&] {
    const matrix_arguments m = matrix_argument(row_totals, rows, column_totals, columns, weights);
    tandem::capi::require_array(shares, m.weights.size(), sizeof(int64_t), "shares");
    const tandem::alloc::biproportional_options opts = options_argument(method, quantum);
    const std::vector<tandem::rational> row_values = parse_divisors(row_divisors, rows, "row_divisors", 0);
    const std::vector<tandem::rational> column_values =
        parse_divisors(column_divisors, columns, "column_divisors", rows);
    tandem::alloc::check_biproportional(m.row_totals, m.column_totals, m.weights, {shares, m.weights.size()},
                                        row_values, column_values, opts);
  });
}

}  // extern "C"
