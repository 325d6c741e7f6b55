#include "catalog_command.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "catalog_render.hpp"
#include "exit_status.hpp"
#include "input_error.hpp"
#include "option_validators.hpp"
#include "tandem/org/catalog.hpp"

namespace tandem::cli {

namespace {

constexpr std::string_view prefix = "tandem catalog: ";

std::string section_names() {
  std::vector<std::string_view> names;
  for (const org::section s : org::all_sections()) names.push_back(org::to_string(s));
  return fmt::format("{}", fmt::join(names, ", "));
}

// Bad values are usage errors (status 2), reported by CLI11 after the option's name.
CLI::Validator section_validator() {
  return CLI::Validator(
      [](std::string& name) -> std::string {
        if (org::section_from_name(name)) return {};
        return fmt::format("unknown section {}; the sections are {}", quote_value(name), section_names());
      },
      "", "section");
}

}  // namespace

CLI::App& catalog_command::attach(CLI::App& app) {
  CLI::App& sub = *app.add_subcommand(
      "catalog", "Print the built-in catalog: departments, roles, duties, lifecycle focus, flows, models.");
  catalog_options& o = options_;
  sub.add_option("--lang,-l", o.lang, "language of the texts: zh or en (default en)")
      ->type_name("LANG")
      ->check(lang_validator());
  sub.add_option("--format,-f", o.format, "output format: table (default) or json")
      ->type_name("FORMAT")
      ->check(format_validator({"table", "json"}));
  sub.add_option("--section,-s", o.section, "print only this section (default: all)")
      ->type_name("NAME")
      ->check(section_validator());
  sub.footer(fmt::format("Sections: {}.\nIds are the catalog's stable ids; see docs/domain.md.\n\n"
                         "Exit status: 0 printed; 1 standard output could not be written; 2 usage error.",
                         section_names()));
  return sub;
}

int catalog_command::run(const command_streams& io) {
  // The validators accepted these names, so parsing cannot fail here.
  const org::lang l = org::lang_from_name(options_.lang).value_or(org::lang::en);
  std::vector<org::section> sections;
  if (options_.section.empty()) {
    sections.assign(org::all_sections().begin(), org::all_sections().end());
  } else {
    sections.push_back(org::section_from_name(options_.section).value_or(org::section::org_units));
  }
  // Built whole before anything is printed: a failure leaves standard output empty.
  const std::string output =
      options_.format == "json" ? render_catalog_json(l, sections) : render_catalog_table(l, sections);
  io.out << output << std::flush;
  if (!io.out) {
    io.err << prefix << "cannot write to standard output\n";
    return exit_invalid_input;
  }
  return exit_success;
}

}  // namespace tandem::cli
