// biproportional_method.hpp — which methods `tandem biproportional` takes, and the check of --method.
//
// The engine decides: hamilton has no divisors, and huntington-hill's signposts are
// irrational (a tie would need an irrational divisor), so tandem::alloc::biproportional
// refuses both. The CLI asks the engine rather than keeping its own list, so that the
// two cannot drift apart, and reports a refused method as a usage error before any
// file is read.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace tandem::cli {

/// "jefferson, webster, ...": the canonical names of the methods the engine accepts.
[[nodiscard]] std::string biproportional_method_names();

/// A method name or alias that the engine accepts; otherwise the reason, e.g.
/// `"hamilton": hamilton (largest remainder) has no divisors: ...; use one of jefferson, ...`.
[[nodiscard]] CLI::Validator biproportional_method_validator();

}  // namespace tandem::cli
