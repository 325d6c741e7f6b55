// Running a call that must throw tandem::error and returning what it threw, so
// that a test can check the code, the message and the element at fault. A call
// that does not throw is a test failure.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "tandem/core/error.hpp"

namespace tandem::time::testing {

template <typename F>
error caught(F&& f) {
  try {
    f();
  } catch (const error& e) {
    return e;
  }
  ADD_FAILURE() << "expected a tandem::error";
  return error(errc::invalid_argument, "(nothing was thrown)");
}

template <typename F>
errc code_of(F&& f) {
  return caught(std::forward<F>(f)).code();
}

template <typename F>
std::string message_of(F&& f) {
  return caught(std::forward<F>(f)).what();
}

}  // namespace tandem::time::testing
