// Heap accounting for benchmarks: the benchmark binary replaces the global
// operator new/delete (counting_allocator.cpp) so that a benchmark can ask how many
// bytes a call kept live at its peak. Every allocation of the process passes
// through it, so measure around a single call, with nothing else allocating.
//
//   tandem::bench::heap_probe probe;       // peak := what is live now
//   run_the_call();
//   std::size_t extra = probe.peak_extra_bytes();
#pragma once

#include <cstddef>

namespace tandem::bench {

/// Bytes currently allocated through operator new and not yet deleted.
[[nodiscard]] std::size_t live_heap_bytes() noexcept;

/// Restarts peak tracking from the bytes live now; returns them.
std::size_t reset_heap_peak() noexcept;

/// The largest live_heap_bytes() seen since the last reset_heap_peak().
[[nodiscard]] std::size_t heap_peak_bytes() noexcept;

/// Measures the peak heap growth between its construction and peak_extra_bytes().
class heap_probe {
 public:
  heap_probe() noexcept : base_(reset_heap_peak()) {}
  /// Peak live bytes minus the bytes live at construction.
  [[nodiscard]] std::size_t peak_extra_bytes() const noexcept {
    const std::size_t peak = heap_peak_bytes();
    return peak > base_ ? peak - base_ : 0;
  }

 private:
  std::size_t base_;
};

}  // namespace tandem::bench
