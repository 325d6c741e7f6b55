#include "biproportional_diagnostics.hpp"

#include <fmt/format.h>

#include <array>
#include <cctype>
#include <string_view>
#include <vector>

#include "exit_status.hpp"
#include "input_error.hpp"

namespace tandem::cli {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Replaces the 1-based numbers after "row", "rows", "column" and "columns" (a single
// number or a list "1, 3, 4") by the quoted ids they stand for. Numbers out of
// range, and anything else, are copied as they are.
std::string with_ids(std::string_view message, const margin_file& rows, const margin_file& cols) {
  struct word {
    std::string_view text;
    const margin_file* file;
  };
  const std::array<word, 4> words{{{"columns ", &cols}, {"column ", &cols}, {"rows ", &rows}, {"row ", &rows}}};
  std::string out;
  std::size_t at = 0;
  while (at < message.size()) {
    const bool word_start = at == 0 || std::isalnum(static_cast<unsigned char>(message[at - 1])) == 0;
    const word* found = nullptr;
    for (const word& w : words) {
      if (word_start && message.substr(at).starts_with(w.text) && at + w.text.size() < message.size() &&
          is_digit(message[at + w.text.size()])) {
        found = &w;
        break;
      }
    }
    if (found == nullptr) {
      out.push_back(message[at++]);
      continue;
    }
    out += found->text;
    at += found->text.size();
    for (;;) {  // a list: N(, N)*
      std::size_t end = at;
      while (end < message.size() && is_digit(message[end])) ++end;
      const std::string_view digits = message.substr(at, end - at);
      std::size_t n = 0;
      for (const char c : digits) n = digits.size() > 9 ? 0 : n * 10 + static_cast<std::size_t>(c - '0');
      out += n >= 1 && n <= found->file->size() ? quote_value(found->file->ids[n - 1]) : std::string(digits);
      at = end;
      if (message.substr(at).starts_with(", ") && at + 2 < message.size() && is_digit(message[at + 2])) {
        out += ", ";
        at += 2;
        continue;
      }
      break;
    }
  }
  return out;
}

// Whether the text has a number outside the quoted ids: an amount, which the engine
// counts in quanta.
bool mentions_an_amount(std::string_view text) {
  bool quoted = false;
  for (std::size_t k = 0; k < text.size(); ++k) {
    if (text[k] == '\\' && quoted) {
      ++k;  // an escaped character inside an id
    } else if (text[k] == '"') {
      quoted = !quoted;
    } else if (!quoted && is_digit(text[k])) {
      return true;
    }
  }
  return false;
}

}  // namespace

biproportional_failure describe_biproportional_error(const tandem::error& e, const margin_file& rows,
                                                     const margin_file& cols, const std::string& quantum_text) {
  const int status = e.code() == errc::invalid_argument ? exit_usage : exit_invalid_input;
  std::string message = with_ids(e.what(), rows, cols);
  if (e.code() == errc::infeasible && quantum_text != "1" && mentions_an_amount(message)) {
    message += fmt::format(" (counted in quanta of {})", quantum_text);
  }
  std::vector<std::string> named;
  for (const std::size_t index : e.children()) {
    if (index < rows.size()) {
      named.push_back("row " + rows.describe(index));
    } else if (index - rows.size() < cols.size()) {
      named.push_back("column " + cols.describe(index - rows.size()));
    }
  }
  if (!named.empty()) message += fmt::format("; at fault: {}", fmt::join(named, ", "));
  return {status, message};
}

}  // namespace tandem::cli
