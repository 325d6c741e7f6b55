// The C++ half of bench/peers/run.sh: times tandem's largest remainder on a weights
// file, the same work dinero_allocate.mjs times for dinero.js.
//
//   tandem_allocate_timer WEIGHTS TOTAL REPEATS [SHARES_OUT]
//
// WEIGHTS holds one non-negative integer per line. The call to apportion() is run
// REPEATS times into one reused output buffer with one reused workspace; only the
// call is timed (the file is read before). Prints one line of key=value pairs:
//   n=... sum=... checksum=... best_ns=...
// where checksum = sum over i of (i + 1) * share_i modulo 2^64, and writes the
// shares one per line to SHARES_OUT if given.
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <exception>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "tandem/alloc/apportion.hpp"

namespace {

std::int64_t parse_integer(std::string_view text, std::string_view what) {
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size()) {
    throw std::runtime_error(std::string(what) + ": not an integer: '" + std::string(text) + "'");
  }
  return value;
}

std::vector<std::int64_t> read_weights(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::vector<std::int64_t> weights;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    weights.push_back(parse_integer(line, path + " line " + std::to_string(weights.size() + 1)));
  }
  return weights;
}

std::uint64_t checksum(const std::vector<std::int64_t>& shares) {
  std::uint64_t sum = 0;  // wraps modulo 2^64 by design
  for (std::size_t i = 0; i < shares.size(); ++i) {
    sum += (i + 1) * static_cast<std::uint64_t>(shares[i]);
  }
  return sum;
}

int run(int argc, char** argv) {
  if (argc != 4 && argc != 5) {
    std::cerr << "usage: tandem_allocate_timer WEIGHTS TOTAL REPEATS [SHARES_OUT]\n";
    return 2;
  }
  const std::vector<std::int64_t> weights = read_weights(argv[1]);
  const std::int64_t total = parse_integer(argv[2], "TOTAL");
  const std::int64_t repeats = parse_integer(argv[3], "REPEATS");
  if (repeats <= 0) throw std::runtime_error("REPEATS must be positive");

  std::vector<std::int64_t> shares(weights.size());
  tandem::alloc::workspace workspace;
  const tandem::alloc::options opts{.m = tandem::alloc::method::hamilton};
  auto best = std::chrono::nanoseconds::max();
  for (std::int64_t r = 0; r < repeats; ++r) {
    const auto start = std::chrono::steady_clock::now();
    tandem::alloc::apportion(total, weights, opts, {}, shares, workspace);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    best = std::min(best, std::chrono::duration_cast<std::chrono::nanoseconds>(elapsed));
  }

  std::int64_t sum = 0;
  for (const std::int64_t s : shares) sum += s;
  std::cout << "n=" << weights.size() << " sum=" << sum << " checksum=" << checksum(shares)
            << " best_ns=" << best.count() << '\n';
  if (argc == 5) {
    std::ofstream out(argv[4]);
    for (const std::int64_t s : shares) out << s << '\n';
    if (!out) throw std::runtime_error(std::string("cannot write ") + argv[4]);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "tandem_allocate_timer: " << e.what() << '\n';
    return 1;
  }
}
