#!/usr/bin/env python3
"""Fails unless a C example in docs/c-api.md is exactly a file of tests/capi.

Usage: check_doc_example.py DOC EXAMPLE

The example in the doc is the fenced ```c block that follows the marker line
`<!-- NAME -->`, NAME being the example file's name (`<!-- doc_example.c -->`);
the test suite compiles and runs the file, so the two being equal keeps the
documented example compiling and correct.
"""
import os
import sys


def documented_example(doc: str, marker: str) -> str:
    lines = doc.splitlines()
    start = lines.index(marker)
    fence = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("```c"))
    end = next(i for i in range(fence + 1, len(lines)) if lines[i].startswith("```"))
    return "\n".join(lines[fence + 1:end]) + "\n"


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        doc = f.read()
    with open(sys.argv[2], encoding="utf-8") as f:
        example = f.read()
    marker = f"<!-- {os.path.basename(sys.argv[2])} -->"
    try:
        shown = documented_example(doc, marker)
    except (ValueError, StopIteration):
        print(f"{sys.argv[1]}: no ```c block after {marker}", file=sys.stderr)
        return 1
    if shown != example:
        print(f"the example in {sys.argv[1]} differs from {sys.argv[2]}; copy one to the other",
              file=sys.stderr)
        return 1
    print(f"{sys.argv[1]} shows {os.path.basename(sys.argv[2])} exactly")
    return 0


if __name__ == "__main__":
    sys.exit(main())
