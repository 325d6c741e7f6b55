// The registry of commands: the one place a new command is listed.
#include "allocate_command.hpp"
#include "biproportional_command.hpp"
#include "catalog_command.hpp"
#include "command.hpp"
#include "org_command.hpp"
#include "plan_command.hpp"
#include "spread_command.hpp"

namespace tandem::cli {

std::vector<std::unique_ptr<command>> make_commands() {
  std::vector<std::unique_ptr<command>> commands;
  commands.push_back(std::make_unique<allocate_command>());
  commands.push_back(std::make_unique<spread_command>());
  commands.push_back(std::make_unique<biproportional_command>());
  commands.push_back(std::make_unique<catalog_command>());
  commands.push_back(std::make_unique<org_command>());
  commands.push_back(std::make_unique<plan_command>());
  return commands;
}

}  // namespace tandem::cli
