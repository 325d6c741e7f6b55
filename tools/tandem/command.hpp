// command.hpp — one `tandem <command>`, and the list of all of them.
//
// main() builds one CLI::App, lets every command attach its subcommand and
// options, parses, and runs the command that was chosen. Adding a command means
// writing a class like allocate_command and listing it in make_commands().
#pragma once

#include <iosfwd>
#include <memory>
#include <vector>

namespace CLI {
class App;
}

namespace tandem::cli {

/// The streams a command reads and writes (std::cin / std::cout / std::cerr in main).
struct command_streams {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
};

class command {
 public:
  command() = default;
  command(const command&) = delete;
  command& operator=(const command&) = delete;
  virtual ~command() = default;

  /// Adds this command's subcommand, options and help to `app`; returns the subcommand.
  virtual CLI::App& attach(CLI::App& app) = 0;

  /// Runs the command after the command line parsed; returns the exit status.
  /// Messages go to io.err, each one line starting "tandem <command>: ".
  virtual int run(const command_streams& io) = 0;
};

/// Every command, in the order `tandem --help` lists them.
[[nodiscard]] std::vector<std::unique_ptr<command>> make_commands();

}  // namespace tandem::cli
