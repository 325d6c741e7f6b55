// The library's UTF-8 check (src/text/utf8.hpp): known sequences at every boundary of
// the encoding, then every two-byte text and wide sweeps of three- and four-byte texts
// compared with a reference that decodes and re-encodes (so it shares no table with the check).
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "text/utf8.hpp"

namespace {

using tandem::text::is_valid_utf8;

bool valid(std::string_view s) { return is_valid_utf8(s); }

// The shortest UTF-8 form of code point `c` (no check that c is a scalar value).
std::string encode(char32_t c) {
  std::string out;
  const auto byte = [&](std::uint32_t b) { out.push_back(static_cast<char>(static_cast<unsigned char>(b))); };
  if (c < 0x80) {
    byte(c);
  } else if (c < 0x800) {
    byte(0xC0 | (c >> 6));
    byte(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    byte(0xE0 | (c >> 12));
    byte(0x80 | ((c >> 6) & 0x3F));
    byte(0x80 | (c & 0x3F));
  } else {
    byte(0xF0 | (c >> 18));
    byte(0x80 | ((c >> 12) & 0x3F));
    byte(0x80 | ((c >> 6) & 0x3F));
    byte(0x80 | (c & 0x3F));
  }
  return out;
}

// The reference for one sequence of `s.size()` bytes: read its bits by the lead
// byte's pattern, then accept it only if the code point is a scalar value (not a
// surrogate, at most U+10FFFF) whose shortest form is exactly `s`.
bool reference_single(std::string_view s) {
  const auto at = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  std::size_t length = 0;
  std::uint32_t c = 0;
  if ((at(0) & 0x80) == 0) {
    length = 1;
    c = at(0);
  } else if ((at(0) & 0xE0) == 0xC0) {
    length = 2;
    c = at(0) & 0x1F;
  } else if ((at(0) & 0xF0) == 0xE0) {
    length = 3;
    c = at(0) & 0x0F;
  } else if ((at(0) & 0xF8) == 0xF0) {
    length = 4;
    c = at(0) & 0x07;
  } else {
    return false;
  }
  if (s.size() != length) return false;
  for (std::size_t i = 1; i < length; ++i) {
    if ((at(i) & 0xC0) != 0x80) return false;
    c = (c << 6) | (at(i) & 0x3F);
  }
  if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
  return encode(c) == s;
}

// A text is well formed if it splits into well-formed sequences (tried for every
// split, which is fine for the short texts below).
bool reference(std::string_view s) {
  if (s.empty()) return true;
  for (std::size_t n = 1; n <= 4 && n <= s.size(); ++n)
    if (reference_single(s.substr(0, n)) && reference(s.substr(n))) return true;
  return false;
}

std::string bytes(std::initializer_list<unsigned> list) {
  std::string out;
  for (unsigned b : list) out.push_back(static_cast<char>(static_cast<unsigned char>(b)));
  return out;
}

TEST(utf8, ascii_and_the_empty_text_are_valid) {
  EXPECT_TRUE(valid(""));
  EXPECT_TRUE(valid("Weekly pipeline"));
  EXPECT_TRUE(valid(std::string_view("a\0b", 3)));  // NUL is U+0000
  EXPECT_TRUE(valid(bytes({0x7F})));
}

TEST(utf8, multi_byte_sequences_are_valid_up_to_each_boundary) {
  EXPECT_TRUE(valid(bytes({0xC2, 0x80})));               // U+0080, first two-byte
  EXPECT_TRUE(valid(bytes({0xC3, 0xA9})));               // é
  EXPECT_TRUE(valid(bytes({0xDF, 0xBF})));               // U+07FF, last two-byte
  EXPECT_TRUE(valid(bytes({0xE0, 0xA0, 0x80})));         // U+0800, first three-byte
  EXPECT_TRUE(valid("市场 -> 销售 -> 市场"));            // three-byte CJK
  EXPECT_TRUE(valid(bytes({0xED, 0x9F, 0xBF})));         // U+D7FF, before the surrogates
  EXPECT_TRUE(valid(bytes({0xEE, 0x80, 0x80})));         // U+E000, after them
  EXPECT_TRUE(valid(bytes({0xEF, 0xBF, 0xBF})));         // U+FFFF
  EXPECT_TRUE(valid(bytes({0xF0, 0x90, 0x80, 0x80})));   // U+10000, first four-byte
  EXPECT_TRUE(valid(bytes({0xF0, 0x9F, 0x93, 0x88})));   // 📈
  EXPECT_TRUE(valid(bytes({0xF4, 0x8F, 0xBF, 0xBF})));   // U+10FFFF, the last
  EXPECT_TRUE(valid("a\xc3\xa9" "b\xe5\xb8\x82" "c\xf0\x9f\x93\x88" "d"));
}

TEST(utf8, overlong_forms_are_invalid) {
  EXPECT_FALSE(valid(bytes({0xC0, 0x80})));              // U+0000 in two bytes
  EXPECT_FALSE(valid(bytes({0xC0, 0xAF})));              // '/'
  EXPECT_FALSE(valid(bytes({0xC1, 0xBF})));              // U+007F
  EXPECT_FALSE(valid(bytes({0xE0, 0x80, 0x80})));        // U+0000 in three bytes
  EXPECT_FALSE(valid(bytes({0xE0, 0x9F, 0xBF})));        // U+07FF in three bytes
  EXPECT_FALSE(valid(bytes({0xF0, 0x80, 0x80, 0x80})));  // U+0000 in four bytes
  EXPECT_FALSE(valid(bytes({0xF0, 0x8F, 0xBF, 0xBF})));  // U+FFFF in four bytes
}

TEST(utf8, surrogates_are_invalid) {
  EXPECT_FALSE(valid(bytes({0xED, 0xA0, 0x80})));                    // U+D800
  EXPECT_FALSE(valid(bytes({0xED, 0xAF, 0xBF})));                    // U+DBFF
  EXPECT_FALSE(valid(bytes({0xED, 0xB0, 0x80})));                    // U+DC00
  EXPECT_FALSE(valid(bytes({0xED, 0xBF, 0xBF})));                    // U+DFFF
  EXPECT_FALSE(valid(bytes({0xED, 0xA0, 0xBD, 0xED, 0xB3, 0x88})));  // a CESU-8 pair
}

TEST(utf8, code_points_above_u10ffff_are_invalid) {
  EXPECT_FALSE(valid(bytes({0xF4, 0x90, 0x80, 0x80})));  // U+110000
  EXPECT_FALSE(valid(bytes({0xF4, 0xBF, 0xBF, 0xBF})));
  EXPECT_FALSE(valid(bytes({0xF5, 0x80, 0x80, 0x80})));
  EXPECT_FALSE(valid(bytes({0xF7, 0xBF, 0xBF, 0xBF})));  // U+1FFFFF
  EXPECT_FALSE(valid(bytes({0xF8, 0x88, 0x80, 0x80, 0x80})));  // old five-byte form
  EXPECT_FALSE(valid(bytes({0xFC, 0x84, 0x80, 0x80, 0x80, 0x80})));
  EXPECT_FALSE(valid(bytes({0xFE})));
  EXPECT_FALSE(valid(bytes({0xFF})));
}

TEST(utf8, truncated_sequences_are_invalid) {
  EXPECT_FALSE(valid(bytes({0xC3})));                  // at the end
  EXPECT_FALSE(valid(bytes({0xE5, 0xB8})));
  EXPECT_FALSE(valid(bytes({0xF0, 0x9F, 0x93})));
  EXPECT_FALSE(valid("ab\xc3"));
  EXPECT_FALSE(valid("\xc3" "a"));                     // cut by ASCII
  EXPECT_FALSE(valid("\xe5\xb8" "a"));
  EXPECT_FALSE(valid("\xf0\x9f\x93" "a"));
  EXPECT_FALSE(valid("\xe5\xb8\xe5\xb8\x82"));         // cut by another lead
}

TEST(utf8, stray_continuation_bytes_are_invalid) {
  EXPECT_FALSE(valid(bytes({0x80})));
  EXPECT_FALSE(valid(bytes({0xBF})));
  EXPECT_FALSE(valid("a\x80" "b"));
  EXPECT_FALSE(valid("\xc3\xa9\xa9"));  // one continuation too many
  EXPECT_FALSE(valid("\xe5\xb8\x82\x82"));
  EXPECT_FALSE(valid("\xf0\x9f\x93\x88\x88"));
}

TEST(utf8, every_scalar_value_encoded_is_valid_and_no_surrogate_is) {
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    const bool surrogate = c >= 0xD800 && c <= 0xDFFF;
    ASSERT_EQ(valid(encode(c)), !surrogate) << "U+" << std::hex << static_cast<std::uint32_t>(c);
  }
}

TEST(utf8, every_two_byte_text_and_three_byte_texts_agree_with_the_reference) {
  std::string s(2, '\0');
  for (unsigned a = 0; a < 256; ++a)
    for (unsigned b = 0; b < 256; ++b) {
      s[0] = static_cast<char>(a);
      s[1] = static_cast<char>(b);
      ASSERT_EQ(valid(s), reference(s)) << std::hex << a << ' ' << b;
    }
  // Three bytes: every lead from 0xC0 up (the ASCII leads reduce to the two-byte
  // texts above) with every second byte, and a third byte at each class boundary
  // (ASCII, the continuation ranges the leads restrict, leads, bytes never used).
  std::string t(3, '\0');
  for (unsigned a = 0xC0; a < 256; ++a)
    for (unsigned b = 0; b < 256; ++b)
      for (unsigned c : {0x00U, 0x41U, 0x7FU, 0x80U, 0x8FU, 0x90U, 0x9FU, 0xA0U, 0xBFU, 0xC0U, 0xC1U, 0xC2U, 0xDFU,
                         0xE0U, 0xEDU, 0xEFU, 0xF0U, 0xF4U, 0xF5U, 0xFFU}) {
        t[0] = static_cast<char>(a);
        t[1] = static_cast<char>(b);
        t[2] = static_cast<char>(c);
        ASSERT_EQ(valid(t), reference(t)) << std::hex << a << ' ' << b << ' ' << c;
      }
}

TEST(utf8, four_byte_leads_agree_with_the_reference_for_every_second_byte) {
  std::string s(4, '\0');
  for (unsigned a = 0xF0; a < 256; ++a)
    for (unsigned b = 0; b < 256; ++b)
      for (unsigned tail : {0x00U, 0x7FU, 0x80U, 0xBFU, 0xC0U}) {
        s[0] = static_cast<char>(a);
        s[1] = static_cast<char>(b);
        s[2] = static_cast<char>(tail);
        s[3] = static_cast<char>(0x80);
        ASSERT_EQ(valid(s), reference(s)) << std::hex << a << ' ' << b << ' ' << tail;
      }
}

}  // namespace
