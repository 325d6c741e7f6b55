#include "cli/support/run_tandem.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <sstream>
#include <iterator>
#include <stdexcept>
#include <system_error>

extern char** environ;

namespace cli_test {

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;  // not istreambuf_iterator: GCC 12 -O3 warns inside libstdc++ for it
  text << in.rdbuf();
  return text.str();
}

void check(int rc, const char* what) {
  if (rc != 0) throw std::system_error(rc, std::generic_category(), what);
}

// posix_spawn's file actions, released however the spawn ends.
class file_actions {
 public:
  file_actions() { check(posix_spawn_file_actions_init(&actions_), "posix_spawn_file_actions_init"); }
  file_actions(const file_actions&) = delete;
  file_actions& operator=(const file_actions&) = delete;
  ~file_actions() { posix_spawn_file_actions_destroy(&actions_); }
  posix_spawn_file_actions_t* get() noexcept { return &actions_; }

 private:
  posix_spawn_file_actions_t actions_{};
};

}  // namespace

scratch_dir::scratch_dir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "tandem-cli-test-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::system_error(errno, std::generic_category(), "mkdtemp");
  path_ = pattern;
}

scratch_dir::~scratch_dir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::filesystem::path scratch_dir::write(const std::string& name, std::string_view content) const {
  const std::filesystem::path file = path_ / name;
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  if (!out) throw std::runtime_error("cannot write " + file.string());
  return file;
}

run_result run_tandem(const std::vector<std::string>& args, const scratch_dir& dir, std::string_view stdin_text) {
  const std::filesystem::path in = dir.write(".stdin", stdin_text);
  const std::filesystem::path out = dir.path() / ".stdout";
  const std::filesystem::path err = dir.path() / ".stderr";

  file_actions actions;
  check(posix_spawn_file_actions_addopen(actions.get(), 0, in.c_str(), O_RDONLY, 0), "addopen stdin");
  check(posix_spawn_file_actions_addopen(actions.get(), 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600),
        "addopen stdout");
  check(posix_spawn_file_actions_addopen(actions.get(), 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600),
        "addopen stderr");
  check(posix_spawn_file_actions_addchdir_np(actions.get(), dir.path().c_str()), "addchdir");

  std::vector<std::string> storage{TANDEM_EXE};
  storage.insert(storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& arg : storage) argv.push_back(arg.data());
  argv.push_back(nullptr);

  pid_t pid = 0;
  check(posix_spawn(&pid, TANDEM_EXE, actions.get(), nullptr, argv.data(), environ), "posix_spawn");
  int wait_status = 0;
  while (waitpid(pid, &wait_status, 0) < 0) {
    if (errno != EINTR) throw std::system_error(errno, std::generic_category(), "waitpid");
  }

  run_result result;
  result.status = WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : -1;
  result.out = read_file(out);
  result.err = read_file(err);
  return result;
}

run_result run_allocate(const std::vector<std::string>& args, std::string_view csv) {
  const scratch_dir dir;
  dir.write("in.csv", csv);
  std::vector<std::string> full{"allocate"};
  full.insert(full.end(), args.begin(), args.end());
  full.emplace_back("in.csv");
  return run_tandem(full, dir);
}

std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> lines;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    lines.emplace_back(text.substr(0, end));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return lines;
}

}  // namespace cli_test
