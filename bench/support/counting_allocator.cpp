// Replacement global operator new/delete that count live and peak heap bytes.
//
// Every block carries a small header in front of the pointer handed out, holding
// the requested size and the header's own length, so that every form of delete
// (sized or not, aligned or not) can subtract exactly what new added. The counters
// are atomics with relaxed ordering: the benchmarks are single-threaded and only
// need totals, not ordering with other memory.
#include "support/counting_allocator.hpp"

#include <atomic>
#include <cstdlib>
#include <new>

namespace tandem::bench {
namespace {

std::atomic<std::size_t> live_bytes{0};
std::atomic<std::size_t> peak_bytes{0};

struct block_header {
  std::size_t size;    // bytes requested by the caller
  std::size_t offset;  // from the start of the malloc'd block to the caller's pointer
};

constexpr std::size_t default_alignment = alignof(std::max_align_t);
static_assert(sizeof(block_header) <= default_alignment);

void note_allocation(std::size_t size) noexcept {
  const std::size_t now = live_bytes.fetch_add(size, std::memory_order_relaxed) + size;
  std::size_t peak = peak_bytes.load(std::memory_order_relaxed);
  while (now > peak && !peak_bytes.compare_exchange_weak(peak, now, std::memory_order_relaxed)) {
  }
}

block_header* header_of(void* p) noexcept {
  return reinterpret_cast<block_header*>(static_cast<char*>(p) - sizeof(block_header));
}

// Returns nullptr on failure; the header fills the end of a prefix of `align` bytes.
void* allocate(std::size_t size, std::size_t align) noexcept {
  const std::size_t prefix = align < default_alignment ? default_alignment : align;
  if (size > static_cast<std::size_t>(-1) - 2 * prefix) return nullptr;
  void* base = nullptr;
  if (prefix == default_alignment) {
    base = std::malloc(prefix + size);
  } else {
    const std::size_t rounded = (prefix + size + align - 1) / align * align;  // aligned_alloc rule
    base = std::aligned_alloc(align, rounded);
  }
  if (base == nullptr) return nullptr;
  void* user = static_cast<char*>(base) + prefix;
  *header_of(user) = {size, prefix};
  note_allocation(size);
  return user;
}

void deallocate(void* p) noexcept {
  if (p == nullptr) return;
  const block_header header = *header_of(p);
  live_bytes.fetch_sub(header.size, std::memory_order_relaxed);
  std::free(static_cast<char*>(p) - header.offset);
}

void* allocate_or_throw(std::size_t size, std::size_t align) {
  for (;;) {
    if (void* p = allocate(size, align)) return p;
    std::new_handler handler = std::get_new_handler();
    if (handler == nullptr) throw std::bad_alloc();
    handler();
  }
}

}  // namespace

std::size_t live_heap_bytes() noexcept { return live_bytes.load(std::memory_order_relaxed); }

std::size_t reset_heap_peak() noexcept {
  const std::size_t now = live_bytes.load(std::memory_order_relaxed);
  peak_bytes.store(now, std::memory_order_relaxed);
  return now;
}

std::size_t heap_peak_bytes() noexcept { return peak_bytes.load(std::memory_order_relaxed); }

}  // namespace tandem::bench

// NOLINTBEGIN(misc-new-delete-overloads): the full set of replaceable forms.
using tandem::bench::allocate;
using tandem::bench::allocate_or_throw;
using tandem::bench::deallocate;
using tandem::bench::default_alignment;

void* operator new(std::size_t size) { return allocate_or_throw(size, default_alignment); }
void* operator new[](std::size_t size) { return allocate_or_throw(size, default_alignment); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  return allocate(size, default_alignment);
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
  return allocate(size, default_alignment);
}
void* operator new(std::size_t size, std::align_val_t align) {
  return allocate_or_throw(size, static_cast<std::size_t>(align));
}
void* operator new[](std::size_t size, std::align_val_t align) {
  return allocate_or_throw(size, static_cast<std::size_t>(align));
}
void* operator new(std::size_t size, std::align_val_t align, const std::nothrow_t&) noexcept {
  return allocate(size, static_cast<std::size_t>(align));
}
void* operator new[](std::size_t size, std::align_val_t align, const std::nothrow_t&) noexcept {
  return allocate(size, static_cast<std::size_t>(align));
}

void operator delete(void* p) noexcept { deallocate(p); }
void operator delete[](void* p) noexcept { deallocate(p); }
void operator delete(void* p, std::size_t) noexcept { deallocate(p); }
void operator delete[](void* p, std::size_t) noexcept { deallocate(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { deallocate(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { deallocate(p); }
void operator delete(void* p, std::align_val_t) noexcept { deallocate(p); }
void operator delete[](void* p, std::align_val_t) noexcept { deallocate(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { deallocate(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { deallocate(p); }
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept { deallocate(p); }
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept { deallocate(p); }
// NOLINTEND(misc-new-delete-overloads)
