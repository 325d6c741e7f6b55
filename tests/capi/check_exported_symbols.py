#!/usr/bin/env python3
"""Fails if a shared library exports a symbol that does not start with tandem_.

Usage: check_exported_symbols.py NM LIBRARY

Runs `NM -D --defined-only LIBRARY` (after DuckDB's exported_symbols_check.py).
The C API's version script (capi/tandem.map) exports tandem_* and nothing else,
so no linker-generated symbol needs an exception: any other name is a leak.
"""
import subprocess
import sys


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    nm, library = sys.argv[1], sys.argv[2]
    listing = subprocess.run([nm, "-D", "--defined-only", library], check=True,
                             capture_output=True, text=True).stdout
    names = [line.split()[-1] for line in listing.splitlines() if line.strip()]
    # A versioned symbol reads name@VERSION or name@@VERSION.
    leaks = sorted(n for n in names if not n.split("@")[0].startswith("tandem_"))
    if not names:
        print(f"{library} exports nothing: the C API is missing", file=sys.stderr)
        return 1
    if leaks:
        print(f"{library} exports {len(leaks)} symbol(s) outside tandem_*:", file=sys.stderr)
        for name in leaks:
            print(f"  {name}", file=sys.stderr)
        return 1
    print(f"{library}: {len(names)} symbols, all tandem_*")
    return 0


if __name__ == "__main__":
    sys.exit(main())
