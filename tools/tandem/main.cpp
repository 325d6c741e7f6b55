// tandem — the command-line front end of the Tandem library.
//
//   tandem --help | --version
//   tandem <command> [options...]      (tandem <command> --help for its options)
//
// main() only dispatches: the commands are listed in commands.cpp, and each
// owns its options, help and behaviour.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <exception>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "command.hpp"
#include "exit_status.hpp"
#include "input_error.hpp"

namespace {

using tandem::cli::quote_value;

// "tandem", "tandem <command>" or "tandem org check": how messages start and whose
// --help to suggest. Follows the chosen subcommands down to the deepest one.
std::string command_path(const CLI::App& app) {
  std::string path = "tandem";
  for (const CLI::App* level = &app; !level->get_subcommands().empty();) {
    level = level->get_subcommands().front();
    path += " " + level->get_name();
  }
  return path;
}

std::string command_names(CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    names.push_back(sub->get_name());
  }
  return fmt::format("{}", fmt::join(names, ", "));
}

// The one-line message for a command line CLI11 rejected. Without a command,
// CLI11 reports "A subcommand is required" even for `tandem frobnicate`, so the
// word that is in the way is named instead.
std::string usage_message(CLI::App& app, const CLI::ParseError& e) {
  const std::string path = command_path(app);
  if (app.get_subcommands().empty()) {
    const std::vector<std::string> rest = app.remaining();
    if (!rest.empty() && rest.front().starts_with('-')) {
      return fmt::format("{}: unknown option {} (see '{} --help')", path, quote_value(rest.front()), path);
    }
    if (!rest.empty()) {
      return fmt::format("{}: unknown command {}; the commands are {}", path, quote_value(rest.front()),
                         command_names(app));
    }
    if (dynamic_cast<const CLI::RequiredError*>(&e) != nullptr) {
      return fmt::format("{}: a command is required; the commands are {} (see '{} --help')", path,
                         command_names(app), path);
    }
  }
  return fmt::format("{}: {} (see '{} --help')", path, e.what(), path);
}

// Help and version go to standard output with status 0; every other parse error
// is a usage error: one line on standard error, status 2.
int report_parse_error(CLI::App& app, const CLI::ParseError& e) {
  if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
    return app.exit(e, std::cout, std::cerr);
  }
  std::cerr << usage_message(app, e) << '\n';
  return tandem::cli::exit_usage;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    CLI::App app("Tandem: exact sales-target decomposition.", "tandem");
    app.set_version_flag("--version", std::string("tandem ") + TANDEM_VERSION);
    app.require_subcommand(1);
    app.footer("Run 'tandem COMMAND --help' for the options of a command.");
    app.get_formatter()->column_width(32);  // shared with the subcommands; fits "-t,--total DECIMAL REQUIRED"

    const auto commands = tandem::cli::make_commands();
    std::map<const CLI::App*, tandem::cli::command*> by_subcommand;
    for (const auto& c : commands) by_subcommand[&c->attach(app)] = c.get();

    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      return report_parse_error(app, e);
    }

    const tandem::cli::command_streams io{std::cin, std::cout, std::cerr};
    return by_subcommand.at(app.get_subcommands().front())->run(io);
  } catch (const std::exception& e) {
    // Only resource exhaustion is expected here; commands handle their own errors.
    std::cerr << "tandem: internal error: " << e.what() << '\n';
    return tandem::cli::exit_invalid_input;
  }
}
