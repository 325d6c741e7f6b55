// run_tandem.hpp — run the built `tandem` binary and capture what it did.
//
//   cli_test::scratch_dir dir;
//   dir.write("in.csv", "id,weight\na,1\n");
//   auto r = cli_test::run_tandem({"allocate", "--method", "hamilton", "--total", "5", "in.csv"}, dir);
//   // r.status, r.out (stdout), r.err (stderr)
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace cli_test {

/// A fresh directory under the system temp dir, removed with its content on destruction.
class scratch_dir {
 public:
  scratch_dir();
  scratch_dir(const scratch_dir&) = delete;
  scratch_dir& operator=(const scratch_dir&) = delete;
  ~scratch_dir();

  [[nodiscard]] const std::filesystem::path& path() const noexcept { return path_; }

  /// Writes `content` byte for byte to `name` inside the directory; returns its path.
  std::filesystem::path write(const std::string& name, std::string_view content) const;

 private:
  std::filesystem::path path_;
};

/// What a run of the binary produced.
struct run_result {
  int status = -1;  ///< the exit status (-1 if it did not exit normally)
  std::string out;  ///< everything written to standard output
  std::string err;  ///< everything written to standard error
};

/// Runs `tandem args...` with `dir` as the working directory and `stdin_text` as
/// its standard input. No shell is involved: arguments are passed as they are.
run_result run_tandem(const std::vector<std::string>& args, const scratch_dir& dir,
                      std::string_view stdin_text = {});

/// Shorthand: writes `csv` to in.csv in a fresh directory and runs
/// `tandem allocate <args...> in.csv`.
run_result run_allocate(const std::vector<std::string>& args, std::string_view csv);

/// The lines of `text` without their "\n" (a last line without one is kept).
std::vector<std::string> lines_of(std::string_view text);

}  // namespace cli_test
