// Loading actual sales from CSV (load_actuals_csv in tandem/plan/actuals.hpp).
//
// Sales files run to millions of rows, so the loader works on the text in place:
//  * a line without a double quote (nearly all of them) is split at its commas into
//    views of the text; only a line with a quote goes through the full RFC 4180 record
//    reader (quoted commas, doubled quotes, line breaks inside quotes);
//  * units and product lines are found by an open-addressing table keyed by those
//    views (actuals_id_index.hpp), and the previous row's unit, line and date are
//    remembered, since exports usually come sorted by one of them;
//  * dates are read by hand ("YYYY-MM-DD" to a day number, then a table to the month);
//  * decimals of at most 18 digits are read by hand, exactly; anything else (a
//    malformed value, too many decimals, 19 digits) goes to tandem::parse_units,
//    which accepts or rejects it with the library's usual rules and message;
//  * each row is added to its leaf's own cell only, 32 rows at a time with their cells
//    prefetched (flush()); the tree and the product lines are rolled up once at the
//    end (actuals_builder).
// The result is built in a local and returned only if every row is valid. Rows are
// numbered by the line on which they start, as an editor shows them: the header is
// row 1 unless blank lines come before it, and blank lines count.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "actuals_builder.hpp"
#include "actuals_id_index.hpp"
#include "tandem/core/amount.hpp"
#include "tandem/core/error.hpp"
#include "tandem/plan/actuals.hpp"
#include "text/utf8.hpp"

namespace tandem::plan {
namespace {

constexpr std::size_t npos = static_cast<std::size_t>(-1);

enum column : std::size_t { unit_column, product_column, date_column, amount_column, quantity_column, column_count };
constexpr std::array<std::string_view, column_count> column_names{"unit", "product", "date", "amount", "quantity"};
constexpr std::array<measure, measure_count> all_measures{measure::amount, measure::quantity};

constexpr column value_column(measure m) noexcept { return m == measure::amount ? amount_column : quantity_column; }

// Error messages quote the user's text in single quotes. Control bytes are escaped so
// that a message stays on one line; bytes >= 0x80 pass through when the text is valid
// UTF-8 (Chinese ids stay readable) and are escaped otherwise. Long text is shortened.
std::string single_quoted(std::string_view text) {
  constexpr std::size_t max_shown = 64;
  static constexpr char hex[] = "0123456789ABCDEF";
  const bool utf8 = text::is_valid_utf8(text);
  std::string out = "'";
  std::size_t shown = std::min(text.size(), max_shown);
  // Never cut a UTF-8 character in two: back off over continuation bytes.
  while (utf8 && shown < text.size() && shown > 0 && (static_cast<unsigned char>(text[shown]) & 0xC0) == 0x80) --shown;
  for (std::size_t i = 0; i < shown; ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x20 || byte == 0x7F || (byte >= 0x80 && !utf8)) {
      out += "\\x";
      out += hex[byte >> 4];
      out += hex[byte & 0xF];
    } else {
      out += text[i];
    }
  }
  out += '\'';
  if (shown < text.size()) out += " (" + std::to_string(text.size()) + " bytes, shortened)";
  return out;
}

// --- dates ---------------------------------------------------------------------------

constexpr bool is_leap(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

constexpr int month_days(int y, int m) noexcept {
  constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[static_cast<std::size_t>(m - 1)];
}

// Days since 1970-01-01 of a proleptic Gregorian date (the era arithmetic of Howard
// Hinnant's days_from_civil), the same day numbers as time::date::serial().
constexpr std::int32_t days_from_civil(int y, int m, int d) noexcept {
  y -= m <= 2 ? 1 : 0;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}
static_assert(days_from_civil(1970, 1, 1) == 0);
static_assert(days_from_civil(2000, 3, 1) == 11017);

constexpr unsigned digit_value(char c) noexcept { return static_cast<unsigned>(static_cast<unsigned char>(c)) - '0'; }

// Exactly "YYYY-MM-DD" naming a day that exists; false otherwise.
bool parse_iso_date(std::string_view s, std::int32_t& serial) noexcept {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (const std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U}) {
    if (digit_value(s[i]) > 9) return false;
  }
  const int y = static_cast<int>(digit_value(s[0]) * 1000 + digit_value(s[1]) * 100 + digit_value(s[2]) * 10 +
                                 digit_value(s[3]));
  const int m = static_cast<int>(digit_value(s[5]) * 10 + digit_value(s[6]));
  const int d = static_cast<int>(digit_value(s[8]) * 10 + digit_value(s[9]));
  if (m < 1 || m > 12 || d < 1 || d > month_days(y, m)) return false;
  serial = days_from_civil(y, m, d);
  return true;
}

// --- decimals --------------------------------------------------------------------------

constexpr std::array<std::uint64_t, 19> powers_of_ten = [] {
  std::array<std::uint64_t, 19> p{};
  std::uint64_t v = 1;
  for (auto& x : p) {
    x = v;
    v *= 10;
  }
  return p;
}();

// The common case, exactly: optional '-', digits, optional '.' and at most `scale`
// digits, 18 significant positions at most (so below 10^18, no overflow possible).
// False for anything else, which the caller hands to parse_units.
bool parse_decimal_fast(std::string_view s, int scale, std::int64_t& out) noexcept {
  const char* p = s.data();
  const char* const end = p + s.size();
  const bool negative = p < end && *p == '-';
  if (negative) ++p;
  std::uint64_t v = 0;
  const char* const integer_begin = p;
  while (p < end && digit_value(*p) <= 9) v = v * 10 + digit_value(*p++);
  const auto integer_digits = static_cast<std::size_t>(p - integer_begin);
  const auto kept = static_cast<std::size_t>(scale);
  if (integer_digits == 0 || integer_digits + kept > 18) return false;
  std::size_t fraction_digits = 0;
  if (p < end) {
    if (*p != '.') return false;
    ++p;
    while (p < end && digit_value(*p) <= 9) {
      v = v * 10 + digit_value(*p++);
      ++fraction_digits;
    }
    if (p != end || fraction_digits > kept) return false;
  }
  v *= powers_of_ten[kept - fraction_digits];
  out = negative ? -static_cast<std::int64_t>(v) : static_cast<std::int64_t>(v);
  return true;
}

// --- the loader ------------------------------------------------------------------------

class csv_loader {
 public:
  csv_loader(const plan& p, std::string_view source)
      : plan_(p), source_(source), builder_(p), units_(ids_of_units(p)), products_(ids_of_products(p)) {
    for (const measure m : all_measures) scale_[m] = m == measure::amount ? p.spec().currency_scale : p.spec().quantity_scale;
  }

  actuals load(std::string_view text) && {
    text_ = text;
    if (text_.starts_with("\xEF\xBB\xBF")) pos_ = 3;
    read_header();
    for (const measure m : all_measures) {
      if (builder_.targeted(m)) cells_[m] = builder_.cells(m);
    }
    const char* const begin = text_.data();
    const char* const end = begin + text_.size();
    std::size_t index = 0;  // zero-based data row, for error::child()
    while (pos_ < text_.size()) {
      const char* const line = begin + pos_;
      const auto* const newline = static_cast<const char*>(std::memchr(line, '\n', static_cast<std::size_t>(end - line)));
      const char* const line_end = newline != nullptr ? newline : end;
      const char* const stop = line_end > line && line_end[-1] == '\r' ? line_end - 1 : line_end;
      const std::size_t row = line_;
      if (stop == line) {  // a line with no characters at all
        pos_ = static_cast<std::size_t>(line_end - begin) + (newline != nullptr ? 1 : 0);
        ++line_;
        continue;
      }
      try {
        if (std::memchr(line, '"', static_cast<std::size_t>(stop - line)) != nullptr) {
          read_record_slow(row, index);
          if (record_.size() != columns_) throw field_count(row, record_.size(), index);
          std::copy(record_.begin(), record_.end(), fields_.begin());
        } else {
          split_line(line, stop, row, index);
          pos_ = static_cast<std::size_t>(line_end - begin) + (newline != nullptr ? 1 : 0);
          ++line_;
        }
        book(row, index);
      } catch (const error&) {
        flush();  // an earlier row's overflow comes first
        throw;
      }
      ++index;
    }
    flush();
    return std::move(builder_).finish(plan_, source_);
  }

 private:
  // A row resolved to its cell, not yet added (flush()).
  struct pending {
    std::size_t cell = 0;
    per_measure<std::int64_t> value{};
    std::size_t row = 0;
    std::size_t index = 0;
  };
  static constexpr std::size_t batch_size = 32;

  static std::vector<std::string_view> ids_of_units(const plan& p) {
    std::vector<std::string_view> ids;
    for (const sales_unit& u : p.spec().units) ids.emplace_back(u.id);
    return ids;
  }
  static std::vector<std::string_view> ids_of_products(const plan& p) {
    std::vector<std::string_view> ids;
    for (const product_line& l : p.spec().products) ids.emplace_back(l.id);
    return ids;
  }

  // "sales.csv: row 17, column 'date': ", or "..., field 5: " past the header's columns.
  [[nodiscard]] std::string where(std::size_t row, std::size_t field = npos) const {
    std::string s = std::string(source_) + ": row " + std::to_string(row);
    if (field != npos) {
      s += field < header_.size() ? ", column " + single_quoted(header_[field]) : ", field " + std::to_string(field + 1);
    }
    return s + ": ";
  }
  [[nodiscard]] std::string where_column(std::size_t row, column c) const { return where(row, position_[c]); }

  [[nodiscard]] error field_count(std::size_t row, std::size_t found, std::size_t index) const {
    return error(errc::parse_error,
                 where(row) + std::to_string(found) + (found == 1 ? " field" : " fields") + " where the header has " +
                     std::to_string(columns_),
                 index);
  }

  // --- records -----------------------------------------------------------------------

  // Splits a line without quotes at its commas into fields_.
  void split_line(const char* p, const char* stop, std::size_t row, std::size_t index) {
    std::size_t count = 0;
    for (;;) {
      const auto* comma = static_cast<const char*>(std::memchr(p, ',', static_cast<std::size_t>(stop - p)));
      const char* field_end = comma != nullptr ? comma : stop;
      if (count < columns_) fields_[count] = std::string_view(p, static_cast<std::size_t>(field_end - p));
      ++count;
      if (comma == nullptr) break;
      p = comma + 1;
    }
    if (count != columns_) throw field_count(row, count, index);
  }

  // Reads the record starting at pos_ by RFC 4180: a quoted field may hold commas,
  // doubled quotes and line breaks; a quote inside an unquoted field, or anything but
  // a comma or the line end after a closing quote, is an error. Fills record_ (views
  // into the text, or into buffer_ for quoted fields) and moves pos_ and line_ past
  // the record. `index` is npos for the header.
  void read_record_slow(std::size_t row, std::size_t index) {
    struct piece {
      bool in_buffer;
      std::size_t offset, size;
    };
    std::vector<piece> pieces;
    buffer_.clear();
    const std::string_view t = text_;
    const std::size_t n = t.size();
    std::size_t i = pos_;
    auto fail = [&](std::size_t field, const std::string& what) -> error {
      return index == npos ? error(errc::parse_error, where(row, npos) + "field " + std::to_string(field + 1) + ": " + what)
                           : error(errc::parse_error, where(row, field) + what, index);
    };
    for (;;) {
      const std::size_t field = pieces.size();
      if (i < n && t[i] == '"') {
        const std::size_t start = buffer_.size();
        ++i;
        for (;;) {
          if (i >= n) throw fail(field, "the quoted field is not closed before the end of the text");
          const char c = t[i];
          if (c == '"') {
            if (i + 1 < n && t[i + 1] == '"') {
              buffer_ += '"';
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          if (c == '\n') ++line_;
          buffer_ += c;
          ++i;
        }
        pieces.push_back({true, start, buffer_.size() - start});
        if (i >= n) break;
        if (t[i] == ',') {
          ++i;
          continue;
        }
        if (t[i] == '\n' || (t[i] == '\r' && (i + 1 == n || t[i + 1] == '\n'))) {
          i += t[i] == '\r' && i + 1 < n ? 2U : 1U;
          ++line_;
          break;
        }
        throw fail(field, "characters after the closing quote (a quote inside a field is written twice: \"\")");
      }
      const std::size_t start = i;
      while (i < n && t[i] != ',' && t[i] != '\n') {
        if (t[i] == '"') {
          throw fail(field, "a quote inside an unquoted field (quote the whole field and write the quote twice)");
        }
        ++i;
      }
      std::size_t size = i - start;
      // A CR that ends the line (CRLF, or the last line without LF) is not data.
      if ((i >= n || t[i] == '\n') && size > 0 && t[i - 1] == '\r') --size;
      pieces.push_back({false, start, size});
      if (i >= n) break;
      if (t[i] == ',') {
        ++i;
        continue;
      }
      ++i;  // the line feed
      ++line_;
      break;
    }
    pos_ = i;
    record_.clear();
    for (const piece& p : pieces) {
      record_.push_back(p.in_buffer ? std::string_view(buffer_).substr(p.offset, p.size) : t.substr(p.offset, p.size));
    }
  }

  // --- the header ----------------------------------------------------------------------

  void read_header() {
    // Skip lines with no characters at all before the header.
    while (pos_ < text_.size() && (text_[pos_] == '\n' || text_.substr(pos_).starts_with("\r\n"))) {
      pos_ += text_[pos_] == '\n' ? 1U : 2U;
      ++line_;
    }
    if (pos_ >= text_.size()) {
      throw error(errc::parse_error, std::string(source_) + ": there is no header row (the text is empty)");
    }
    const std::size_t row = line_;
    read_record_slow(row, npos);
    header_.assign(record_.begin(), record_.end());
    columns_ = header_.size();
    std::vector<std::string> unknown;
    for (std::size_t field = 0; field < header_.size(); ++field) {
      const auto known = std::find(column_names.begin(), column_names.end(), header_[field]);
      if (known == column_names.end()) {
        unknown.push_back(single_quoted(header_[field]));
        continue;
      }
      std::size_t& slot = position_[static_cast<std::size_t>(known - column_names.begin())];
      if (slot != npos) {
        throw error(errc::invalid_argument, where(row) + "column " + single_quoted(header_[field]) + " appears twice (fields " +
                                                std::to_string(slot + 1) + " and " + std::to_string(field + 1) + ")");
      }
      slot = field;
    }
    const std::string expected = expected_columns();
    if (!unknown.empty()) {
      std::string list;
      for (const std::string& u : unknown) list += (list.empty() ? "" : ", ") + u;
      throw error(errc::invalid_argument, where(row) + (unknown.size() == 1 ? "unknown column " : "unknown columns ") +
                                              list + "; the columns are " + expected);
    }
    for (const measure m : all_measures) {
      if (!builder_.targeted(m) && position_[value_column(m)] != npos) {
        throw error(errc::invalid_argument, where_column(row, value_column(m)) + "the plan does not target " +
                                                std::string(to_string(m)) + "; the columns are " + expected);
      }
    }
    for (std::size_t c = 0; c < column_count; ++c) {
      const bool needed = c < amount_column || builder_.targeted(c == amount_column ? measure::amount : measure::quantity);
      if (needed && position_[c] == npos) {
        throw error(errc::invalid_argument,
                    where(row) + "there is no " + single_quoted(column_names[c]) + " column; the columns are " + expected);
      }
    }
  }

  [[nodiscard]] std::string expected_columns() const {
    std::string s = "unit, product, date";
    for (const measure m : all_measures) {
      if (builder_.targeted(m)) s += ", " + std::string(to_string(m));
    }
    return s;
  }

  // --- one row ------------------------------------------------------------------------

  // Resolves a row to its cell and values, and queues it (see flush()).
  void book(std::size_t row, std::size_t index) {
    const std::string_view unit_text = fields_[position_[unit_column]];
    if (!resolved_ || unit_text != last_unit_) find_unit(unit_text, row, index);
    const std::string_view product_text = fields_[position_[product_column]];
    if (!resolved_ || product_text != last_product_) find_product(product_text, row, index);
    const std::string_view date_text = fields_[position_[date_column]];
    if (!resolved_ || date_text != last_date_) find_month(date_text, row, index);
    resolved_ = true;
    pending& e = batch_[batched_];
    e.cell = builder_.cell_index(unit_, product_, month_);
    e.row = row;
    e.index = index;
    for (const measure m : all_measures) {
      if (cells_[m] == nullptr) continue;
      e.value[m] = read_value(m, row, index);
      __builtin_prefetch(cells_[m] + e.cell, 1);
    }
    builder_.note_row(serial_);
    if (++batched_ == batch_size) flush();
  }

  // Adds the queued rows to their cells. Rows in random order hit cells all over a
  // large array, each a trip to main memory; resolving a batch first and prefetching
  // its cells lets those trips overlap.
  void flush() {
    const std::size_t count = batched_;
    batched_ = 0;  // a flush that throws is not repeated by the caller's own flush
    for (std::size_t i = 0; i < count; ++i) {
      const pending& e = batch_[i];
      for (const measure m : all_measures) {
        if (cells_[m] == nullptr) continue;
        if (__builtin_add_overflow(cells_[m][e.cell], e.value[m], &cells_[m][e.cell])) throw cell_overflow(e, m);
      }
    }
  }

  [[nodiscard]] error cell_overflow(const pending& e, measure m) const {
    const std::size_t months = builder_.months();
    const std::size_t columns = builder_.products() + 1;
    const std::size_t month = e.cell % months;
    const std::size_t product = e.cell / months % columns;
    const std::size_t unit = e.cell / months / columns;
    return error(errc::overflow,
                 where_column(e.row, value_column(m)) + "the sum of unit " + single_quoted(plan_.spec().units[unit].id) +
                     " for product line " + single_quoted(plan_.spec().products[product].id) + " in " +
                     plan_.periods()[month].label + " leaves the 64-bit range",
                 e.index);
  }

  void find_unit(std::string_view text, std::size_t row, std::size_t index) {
    const std::size_t u = units_.find(text);
    if (u == npos) {
      throw error(errc::invalid_argument,
                  where_column(row, unit_column) + (text.empty() ? "the unit is empty" : "unknown unit " + single_quoted(text)),
                  index);
    }
    if (!builder_.is_leaf(u)) {
      throw error(errc::invalid_argument,
                  where_column(row, unit_column) + "unit " + single_quoted(text) +
                      " is not a leaf: sales are booked by the units under it",
                  index);
    }
    unit_ = u;
    last_unit_ = units_.key(u);  // a view that outlives the row (whose text may be in buffer_)
  }

  void find_product(std::string_view text, std::size_t row, std::size_t index) {
    const std::size_t p = products_.find(text);
    if (p == npos) {
      throw error(errc::invalid_argument,
                  where_column(row, product_column) +
                      (text.empty() ? "the product line is empty" : "unknown product line " + single_quoted(text)),
                  index);
    }
    product_ = p;
    last_product_ = products_.key(p);
  }

  void find_month(std::string_view text, std::size_t row, std::size_t index) {
    std::int32_t serial = 0;
    if (!parse_iso_date(text, serial)) {
      throw error(errc::parse_error, where_column(row, date_column) + single_quoted(text) + " is not a date (YYYY-MM-DD)",
                  index);
    }
    const std::int64_t offset = std::int64_t{serial} - builder_.first_day();
    if (offset < 0 || offset >= static_cast<std::int64_t>(builder_.days())) {
      const auto months = plan_.periods();
      throw error(errc::out_of_range,
                  where_column(row, date_column) + std::string(text) + " is outside the plan's fiscal year (" +
                      time::date_range{months.front().span.first, months.back().span.last}.to_string() + ")",
                  index);
    }
    month_ = builder_.month_of_offset(static_cast<std::size_t>(offset));
    serial_ = serial;
    last_date_.assign(text);
  }

  std::int64_t read_value(measure m, std::size_t row, std::size_t index) const {
    const std::string_view text = fields_[position_[value_column(m)]];
    if (text.empty()) return 0;
    std::int64_t v = 0;
    if (parse_decimal_fast(text, scale_[m], v)) return v;
    try {
      return parse_units(text, scale_[m], {.allow_negative = true});
    } catch (const error& e) {
      throw error(e.code(), where_column(row, value_column(m)) + e.what(), index);
    }
  }

  const plan& plan_;
  std::string_view source_;
  actuals_builder builder_;
  detail::id_index units_;
  detail::id_index products_;
  per_measure<int> scale_{};
  per_measure<std::int64_t*> cells_{};

  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;

  std::vector<std::string> header_;
  std::size_t columns_ = 0;
  std::array<std::size_t, column_count> position_{npos, npos, npos, npos, npos};
  std::array<std::string_view, column_count> fields_{};
  std::vector<std::string_view> record_;
  std::string buffer_;

  // The previous row's unit, product line and date (once a row has been resolved):
  // views of the ids in the lookup tables and a copy of the date, since the row's own
  // text may be in buffer_, which the next quoted row overwrites.
  bool resolved_ = false;
  // Rows resolved but not yet added (flush()).
  std::array<pending, batch_size> batch_{};
  std::size_t batched_ = 0;
  std::string_view last_unit_;
  std::string_view last_product_;
  std::string last_date_;
  std::size_t unit_ = 0, product_ = 0, month_ = 0;
  std::int32_t serial_ = 0;
};

}  // namespace

actuals load_actuals_csv(const plan& p, std::string_view csv_text, std::string_view source_name) {
  return csv_loader(p, source_name).load(csv_text);
}

}  // namespace tandem::plan
