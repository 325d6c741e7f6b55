// tandem/core/multiprecision.hpp — Boost.Multiprecision aliases used where 128
// bits are not enough or a ratio must be exact.
//
// Expression templates are off in every alias (et_off): an expression template
// kept in `auto` dangles, and our uses are not hot enough to need them.
//
//   tandem::rational q{tandem::big_int{total} * w, sum_w};   // exact quota
#pragma once

#include <boost/multiprecision/cpp_int.hpp>

namespace tandem {

namespace mp = boost::multiprecision;

/// Unbounded signed integer.
using big_int = mp::number<mp::cpp_int_backend<>, mp::et_off>;
/// Exact rational number.
using rational = mp::number<mp::cpp_rational_backend, mp::et_off>;
/// Fixed-width unsigned integers that throw std::overflow_error instead of wrapping.
using checked_uint256 =
    mp::number<mp::cpp_int_backend<256, 256, mp::unsigned_magnitude, mp::checked, void>, mp::et_off>;
using checked_uint512 =
    mp::number<mp::cpp_int_backend<512, 512, mp::unsigned_magnitude, mp::checked, void>, mp::et_off>;

}  // namespace tandem
