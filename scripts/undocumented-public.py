#!/usr/bin/env python3
"""Lists the public declarations of a Swift source tree that have no `///`
comment right above them (attributes such as @discardableResult may stand
between), and exits 1 when there is any. `make docs` runs it on the library
before DocC, which would only count them.

Usage: scripts/undocumented-public.py [DIRECTORY]   (default: Sources/Gaceta)
"""
import pathlib
import re
import sys

DECLARATION = re.compile(r"^\s*(@\w+(\([^)]*\))?\s+)*(public|open)\s(?!extension|import)")


def undocumented(root):
    for path in sorted(root.rglob("*.swift")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines):
            if not DECLARATION.match(line):
                continue
            above = number - 1
            while above >= 0 and lines[above].lstrip().startswith("@"):
                above -= 1
            if above < 0 or not lines[above].lstrip().startswith("///"):
                yield f"{path}:{number + 1}: {line.strip()}"


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "Sources/Gaceta")
    found = list(undocumented(root))
    for entry in found:
        print(entry)
    if found:
        print(f"{len(found)} public declarations without a /// comment", file=sys.stderr)
        sys.exit(1)


main()
