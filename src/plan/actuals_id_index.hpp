// actuals_id_index.hpp — id -> index lookups for the CSV loader (internal).
//
// The loader looks up a unit and a product line on every row, millions of times, with
// the id as a view into the CSV text. This open-addressing table does it without
// building a std::string, and stays small enough to live in the processor's cache
// (for 10,000 units: 128 KiB of slots, the ids packed in one buffer): with rows in
// random order, every lookup would otherwise be a trip to main memory. A slot holds
// the upper half of the id's hash and its index, so a probe compares text only when
// those agree.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>
#include <vector>

namespace tandem::plan::detail {

class id_index {
 public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  /// ids[i] maps to i. Ids are unique (the plan checked them); a repeated id would
  /// map to its first position. At most 2^32 - 2 ids.
  explicit id_index(std::span<const std::string_view> ids) {
    std::size_t capacity = 16;
    while (capacity < ids.size() + ids.size() / 2) capacity *= 2;  // load factor at most two thirds
    slots_.assign(capacity, 0);
    mask_ = capacity - 1;
    offset_.reserve(ids.size() + 1);
    offset_.push_back(0);
    for (const std::string_view id : ids) {
      text_.insert(text_.end(), id.begin(), id.end());
      offset_.push_back(text_.size());
    }
    for (std::size_t i = 0; i < ids.size(); ++i) {
      if (find(ids[i]) != npos) continue;
      const std::uint64_t h = hash(ids[i]);
      std::size_t s = h & mask_;
      while (slots_[s] != 0) s = (s + 1) & mask_;
      slots_[s] = (h & upper_half) | (i + 1);
    }
  }

  /// The index of `key`, or npos.
  [[nodiscard]] std::size_t find(std::string_view key) const noexcept {
    const std::uint64_t h = hash(key);
    for (std::size_t s = h & mask_;; s = (s + 1) & mask_) {
      const std::uint64_t e = slots_[s];
      if (e == 0) return npos;
      if ((e & upper_half) != (h & upper_half)) continue;
      const std::size_t i = (e & ~upper_half) - 1;
      const std::size_t size = offset_[i + 1] - offset_[i];
      if (size == key.size() && std::memcmp(text_.data() + offset_[i], key.data(), size) == 0) return i;
    }
  }

  /// Id `i` as stored here (a view that lives as long as the index).
  [[nodiscard]] std::string_view key(std::size_t i) const noexcept {
    return {text_.data() + offset_[i], offset_[i + 1] - offset_[i]};
  }

  /// A fast 64-bit hash of short text: eight bytes at a time, mixed by multiplication
  /// (the constants are splitmix64's), then a final avalanche.
  [[nodiscard]] static std::uint64_t hash(std::string_view s) noexcept {
    std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ s.size();
    const char* p = s.data();
    std::size_t n = s.size();
    while (n >= 8) {
      std::uint64_t w = 0;
      std::memcpy(&w, p, 8);
      h = (h ^ w) * 0xBF58476D1CE4E5B9ULL;
      h ^= h >> 31;
      p += 8;
      n -= 8;
    }
    if (n > 0) {
      std::uint64_t w = 0;
      std::memcpy(&w, p, n);
      h = (h ^ w) * 0xBF58476D1CE4E5B9ULL;
      h ^= h >> 31;
    }
    h *= 0x94D049BB133111EBULL;
    h ^= h >> 32;
    return h;
  }

 private:
  static constexpr std::uint64_t upper_half = 0xFFFFFFFF00000000ULL;

  std::vector<std::uint64_t> slots_;  // upper half of the hash | (index + 1); 0 = empty
  std::size_t mask_ = 0;
  std::vector<char> text_;            // every id, end to end
  std::vector<std::size_t> offset_;   // id i is text_[offset_[i], offset_[i + 1])
};

}  // namespace tandem::plan::detail
