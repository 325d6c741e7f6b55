// The strict JSON plumbing of documents (json_document.hpp): paths, problems, the
// checked parse, the readers of plain values, the file and the save.
#include "text/json_document.hpp"

#include <algorithm>
#include <cstring>
#include <limits>
#include <set>
#include <utility>

#include "tandem/core/error.hpp"
#include "text/read_file.hpp"

namespace tandem::text::json_document {

namespace {

bool is_identifier(std::string_view key) noexcept {
  if (key.empty()) return false;
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
  if (!letter(key.front())) return false;
  return std::all_of(key.begin(), key.end(), [&](char c) { return letter(c) || (c >= '0' && c <= '9'); });
}

// JSON allows a key twice in an object and nlohmann/json keeps the last; a document
// means one thing only, so a repeated key is a problem. A first, SAX pass over the
// text sees keys and values in file order and tracks the path to report them at;
// it also stops a hostile nesting before any tree is built. (A DOM parse with a
// callback would do the same, but nlohmann/json then rescans an object's parent at
// the end of every object, which is quadratic in the number of units.)
class duplicate_key_finder final : public nlohmann::json_sax<json> {
 public:
  explicit duplicate_key_finder(problems& p) : p_(p) {}

  /// The parser's message when the text is not JSON; empty otherwise.
  [[nodiscard]] const std::string& syntax_error() const noexcept { return syntax_error_; }
  /// The path nested too deep, if parsing stopped there.
  [[nodiscard]] const std::string& too_deep() const noexcept { return too_deep_; }

  bool null() override { return value(); }
  bool boolean(bool /*unused*/) override { return value(); }
  bool number_integer(number_integer_t /*unused*/) override { return value(); }
  bool number_unsigned(number_unsigned_t /*unused*/) override { return value(); }
  bool number_float(number_float_t /*unused*/, const string_t& /*unused*/) override { return value(); }
  bool string(string_t& /*unused*/) override { return value(); }
  bool binary(binary_t& /*unused*/) override { return value(); }
  bool start_object(std::size_t /*unused*/) override { return enter(true); }
  bool start_array(std::size_t /*unused*/) override { return enter(false); }
  bool end_object() override { return leave(); }
  bool end_array() override { return leave(); }

  bool key(string_t& k) override {
    frame& f = frames_.back();
    f.key = k;
    if (!f.keys.insert(f.key).second) p_.add(member(f.path, f.key), "duplicate key");
    return true;
  }

  bool parse_error(std::size_t /*position*/, const std::string& /*last_token*/,
                   const nlohmann::detail::exception& e) override {
    syntax_error_ = e.what();
    return false;
  }

 private:
  struct frame {
    std::string path;
    bool object = false;
    std::string key;
    std::set<std::string> keys;
    std::size_t next_index = 0;
  };

  // A hostile text could nest a million levels (each holding its path here), so
  // parsing stops past the limit.
  bool enter(bool object) {
    if (frames_.size() > max_nesting_depth) {
      too_deep_ = child_path();
      return false;
    }
    frames_.push_back({child_path(), object, {}, {}, 0});
    return true;
  }
  bool leave() {
    frames_.pop_back();
    return value();
  }
  bool value() {
    if (!frames_.empty() && !frames_.back().object) ++frames_.back().next_index;
    return true;
  }
  [[nodiscard]] std::string child_path() const {
    if (frames_.empty()) return "$";
    const frame& f = frames_.back();
    return f.object ? member(f.path, f.key) : element(f.path, f.next_index);
  }

  problems& p_;
  std::vector<frame> frames_;
  std::string syntax_error_;
  std::string too_deep_;
};

// "[json.exception.parse_error.101] parse error at line 3, column 5: ..." -> the part
// from "line" on: the reader wants where and what, not the library's error number.
std::string syntax_message(const std::string& text) {
  const std::size_t at = text.find("at line ");
  if (at != std::string::npos) return "invalid JSON at " + text.substr(at + 3);
  const std::size_t bracket = text.find("] ");
  return "invalid JSON: " + (bracket == std::string::npos ? text : text.substr(bracket + 2));
}

std::string cannot_read(const std::filesystem::path& path, int error_number) {
  return "cannot read '" + path.string() + "': " + std::strerror(error_number);
}

}  // namespace

void problems::add(const std::string& path, std::string_view message) {
  ++count_;
  if (!muted_) lines_.push_back(source_ + ": " + path + ": " + std::string(message));
}

void problems::raise() const {
  std::string text;
  for (const std::string& line : lines_) {
    if (!text.empty()) text += '\n';
    text += line;
  }
  throw error(errc::invalid_argument, text);
}

std::string json_quoted(std::string_view text) {
  return json(std::string(text)).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string member(const std::string& path, std::string_view key) {
  return is_identifier(key) ? path + "." + std::string(key) : path + "[" + json_quoted(key) + "]";
}

std::string element(const std::string& path, std::size_t i) { return path + "[" + std::to_string(i) + "]"; }

std::string found(const json& j) {
  switch (j.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return j.get<bool>() ? "true" : "false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return "the integer " + j.dump();
    case json::value_t::number_float: return "the number " + j.dump();
    case json::value_t::string: return "the string " + json_quoted(j.get_ref<const std::string&>());
    case json::value_t::array: return "an array";
    case json::value_t::object: return "an object";
    default: return "a value of another type";
  }
}

json parse_checked(std::string_view text, problems& p, too_deep_report deep) {
  duplicate_key_finder finder(p);
  // nlohmann/json skips a UTF-8 byte order mark itself.
  if (!json::sax_parse(text.begin(), text.end(), &finder)) {
    const std::string too_deep = "nested more than " + std::to_string(max_nesting_depth) + " levels deep";
    if (!finder.too_deep().empty() && deep == too_deep_report::after_duplicate_keys) {
      p.add(finder.too_deep(), too_deep);
      p.raise();
    }
    problems only(p.source());  // what was found before the fault is moot
    if (!finder.too_deep().empty()) {
      only.add(finder.too_deep(), too_deep);
    } else {
      only.add("$", syntax_message(finder.syntax_error()));
    }
    only.raise();
  }
  // The text is valid JSON nested at most max_nesting_depth deep: this parse cannot fail.
  return json::parse(text.begin(), text.end());
}

void check_schema_version(const json& doc, problems& p, std::int64_t supported) {
  if (!doc.is_object() || !doc.contains("schema_version")) return;
  const json& v = doc["schema_version"];
  if (v.is_number_integer() && v.dump() != std::to_string(supported)) {
    p.add("$.schema_version", "unsupported schema_version " + v.dump() + "; this version of Tandem reads " +
                                  std::to_string(supported));
    p.raise();
  }
}

std::string read_document_file(const std::filesystem::path& path) {
  std::string text;
  if (const int error_number = read_whole_file(path, text); error_number != 0) {
    throw error(errc::invalid_argument, cannot_read(path, error_number));
  }
  return text;
}

std::string dump_document(const json& doc, std::string_view what) {
  try {
    return doc.dump(2) + "\n";
  } catch (const json::type_error& e) {
    // Only a name or id that is not UTF-8 can get here (documents are UTF-8).
    throw error(errc::invalid_argument,
                "cannot save " + std::string(what) + ": a text is not valid UTF-8 (" + e.what() + ")");
  }
}

bool read_object(const json& j, const std::string& path, problems& p, std::string_view what,
                 std::initializer_list<std::string_view> required, const std::vector<field>& fields) {
  if (!j.is_object()) {
    p.add(path, "expected " + std::string(what) + " (an object), got " + found(j));
    return false;
  }
  for (const std::string_view k : required) {
    if (!j.contains(k)) p.add(path, "missing required key \"" + std::string(k) + "\"");
  }
  for (const auto& [key, value] : j.items()) {
    const auto f = std::find_if(fields.begin(), fields.end(), [&](const field& x) { return x.key == key; });
    if (f != fields.end()) {
      f->read(value, member(path, key));
      continue;
    }
    std::string key_list;
    for (const field& x : fields) key_list += (key_list.empty() ? "" : ", ") + std::string(x.key);
    p.add(member(path, key), "unknown key; the keys of " + std::string(what) + " are " + key_list);
  }
  return true;
}

std::optional<std::string> read_string(const json& v, const std::string& path, problems& p) {
  if (!v.is_string()) {
    p.add(path, "expected a string, got " + found(v));
    return std::nullopt;
  }
  return v.get<std::string>();
}

std::optional<std::int64_t> read_integer(const json& v, const std::string& path, problems& p, std::int64_t min,
                                         std::int64_t max) {
  if (!v.is_number_integer()) {
    p.add(path, "expected an integer, got " + found(v));
    return std::nullopt;
  }
  const bool too_big = v.is_number_unsigned() &&
                       v.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
  const std::int64_t value = too_big ? 0 : v.get<std::int64_t>();
  if (too_big || value < min || value > max) {
    p.add(path, "must be from " + std::to_string(min) + " to " + std::to_string(max) + ", got " + v.dump());
    return std::nullopt;
  }
  return value;
}

}  // namespace tandem::text::json_document
