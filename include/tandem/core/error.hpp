// tandem/core/error.hpp — the one exception type of the C++ API.
//
// Every failure of a Tandem call throws tandem::error. It carries a stable code
// (the C API maps each to a pinned tandem_status) and, when one input element is
// at fault, its zero-based index, so that a front end can name the row, column or
// id the user wrote. A failed call never leaves partial results behind.
//
//   try { alloc::apportion(total, weights, opts, {}, shares); }
//   catch (const tandem::error& e) {
//     if (e.child()) std::cerr << "row " << *e.child() + 1 << ": " << e.what();
//   }
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tandem {

/// Error codes. The numbers are pinned: never renumber, only append.
enum class errc : std::int32_t {
  invalid_argument = 1,  ///< a parameter is malformed (size mismatch, zero quantum, unknown name)
  parse_error = 2,       ///< text is not a well-formed decimal
  out_of_range = 3,      ///< a value lies outside what is allowed (negative, too many digits)
  overflow = 4,          ///< an exact result does not fit its integer type
  infeasible = 5,        ///< the request is well-formed but no allocation satisfies it
  tie = 6,               ///< the tie rule is `error` and the result depends on a tie
};

/// Stable lower-case name of a code, e.g. "infeasible".
[[nodiscard]] std::string_view to_string(errc code) noexcept;

/// The exception thrown by every fallible Tandem function.
class error : public std::runtime_error {
 public:
  /// An error that concerns the request as a whole.
  error(errc code, const std::string& message);
  /// An error caused by one input element (child, row) at zero-based `index`.
  error(errc code, const std::string& message, std::size_t index);
  /// An error caused by several elements, e.g. the children tied for the last unit.
  error(errc code, const std::string& message, std::vector<std::size_t> indices);

  [[nodiscard]] errc code() const noexcept { return code_; }
  /// The first element at fault, if the error concerns specific elements.
  [[nodiscard]] std::optional<std::size_t> child() const noexcept;
  /// Every element at fault (empty when the error concerns the request as a whole).
  [[nodiscard]] const std::vector<std::size_t>& children() const noexcept { return indices_; }

 private:
  errc code_;
  std::vector<std::size_t> indices_;
};

/// Throws errc::overflow with "overflow: <what>". Out of line to keep callers small.
[[noreturn]] void throw_overflow(std::string_view what);

}  // namespace tandem
