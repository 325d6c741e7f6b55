#include "biproportional_help.hpp"

namespace tandem::cli {

namespace {

// The methods the engine takes (biproportional_method.hpp); a test keeps this list
// and the engine in step.
constexpr std::string_view divisor_methods_help =
    "Methods (--method; '_' may replace '-'):\n"
    "  jefferson              rounding down; aliases dhondt, d-hondt\n"
    "  webster                rounding to nearest; alias sainte-lague\n"
    "  modified-sainte-lague  webster with a first signpost of 0.7\n"
    "  adams                  rounding up: every cell with weight gets at least one quantum\n"
    "  dean                   harmonic-mean rounding (at least one quantum per weighted cell)\n"
    "Not hamilton (largest remainder has no divisors) nor huntington-hill (its signposts\n"
    "are irrational, so a tie would need an irrational divisor).\n";

constexpr std::string_view files_help =
    "Input files: CSV (RFC 4180, UTF-8; an optional byte order mark; CRLF or LF line ends;\n"
    "blank lines are ignored) with a header row; columns in any order, no others.\n"
    "  --rows, --cols  columns id,total: one line per row (column) of the matrix, in the\n"
    "                  order of the output; id a unique non-empty name, total a decimal >= 0\n"
    "                  at --scale, a multiple of the quantum. Both files' totals must have\n"
    "                  the same sum.\n"
    "  --weights       columns row,col,weight: one line per cell, row an id of the rows file,\n"
    "                  col an id of the cols file, weight a decimal >= 0 of any precision\n"
    "                  (e.g. last year's sales). A cell given no line has weight 0; a cell\n"
    "                  may not be given twice.\n"
    "One of the three may be - for standard input.\n"
    "\n"
    "Every cell's share is its weight scaled by a row divisor and a column divisor and\n"
    "rounded by the method to a whole number of quanta:\n"
    "  share / quantum = round(weight / (row divisor * column divisor))\n"
    "Cells of weight 0 get 0. Every row's shares sum to its total and every column's too.\n"
    "\n"
    "Output (standard output): CSV with the header row,col,share and one line for every\n"
    "cell, 0 included (a full matrix): the rows in the order of the rows file and, within a\n"
    "row, the columns in the order of the cols file; shares at --scale. Or with --format json:\n"
    "  {\"method\", \"total\", \"scale\", \"quantum\", \"tied\",\n"
    "   \"shares\": [{\"row\", \"col\", \"share\"}, ...],\n"
    "   \"divisors\": {\"rows\": {id: divisor, ...}, \"cols\": {id: divisor, ...}}}\n"
    "with amounts as decimal strings and divisors as exact fractions \"p/q\" (\"p\" when whole):\n"
    "the certificate above holds for the weights and amounts as written in the files.\n"
    "\"tied\" is true when some cell with weight lies exactly on a rounding boundary: another\n"
    "matrix may meet the totals as well, and the one printed is the engine's deterministic\n"
    "choice. Nothing is written to standard output unless the whole computation\n"
    "succeeds; errors go to standard error, naming the file, line and column at fault.\n"
    "\n"
    "Exit status:\n"
    "  0  success\n"
    "  1  invalid input: a file cannot be read, malformed CSV, a missing, unknown or\n"
    "     duplicate column, an empty or duplicate id, an unknown row or col id in the\n"
    "     weights, a cell given twice, a bad number; or an infeasible request (totals\n"
    "     that do not sum equally, a total that is not a multiple of the quantum, zero\n"
    "     weights that leave a row or column unable to meet its total)\n"
    "  2  usage error: an unknown option, a missing --method, --rows, --cols or --weights,\n"
    "     a malformed --quantum, a bad --scale, an unknown method, hamilton or\n"
    "     huntington-hill, an unknown format, standard input named twice";

}  // namespace

std::string biproportional_footer() {
  std::string footer(divisor_methods_help);
  footer += '\n';
  footer += files_help;
  return footer;
}

}  // namespace tandem::cli
