#!/usr/bin/python3
"""Stores use their own module's tables (issue 16, item 2).

Reads src/db/table_owners.tsv (table -> owning module) and checks:
- every table src/db/migrations.cpp creates has an owner, and every owner
  line names a table the migrations create;
- every SQL reference (FROM, JOIN, INTO, UPDATE, DELETE FROM) in a module's
  source (store*.cpp, and any other .cpp in the module) to a table another module owns has a `NOTE:` comment in the 30
  lines above it that names the table or its owner, saying why the join stays.

Usage: store_tables.py ROOT     check the tree at ROOT (exit 1 on a problem)
       store_tables.py --self-test
"""

import pathlib
import re
import sys

REFERENCE = re.compile(r"\b(?:FROM|JOIN|INTO|UPDATE)\s+([a-z_]+)\b")
CREATED = re.compile(r"CREATE TABLE (?:IF NOT EXISTS )?([a-z_]+)")
NOTE_WINDOW = 30


def read_owners(text):
    owners = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        table, module = line.split("\t")
        owners[table] = module
    return owners


def foreign_references(module, store_text, owners):
    """(line number, table, owner) for each reference to another module's table
    with no NOTE: naming the table or its owner in the lines above."""
    lines = store_text.splitlines()
    problems = []
    for number, line in enumerate(lines, start=1):
        for table in REFERENCE.findall(line):
            owner = owners.get(table)
            if owner is None or owner == module:
                continue
            above = "\n".join(lines[max(0, number - 1 - NOTE_WINDOW) : number])
            notes = [note for note in re.findall(r"NOTE:(.*?)(?:\n(?!\s*//)|$)", above, re.S)]
            explained = any(table in note or owner in note for note in notes)
            if not explained:
                problems.append((number, table, owner))
    return problems


def check(root):
    root = pathlib.Path(root)
    owners = read_owners((root / "src/db/table_owners.tsv").read_text())
    created = set(CREATED.findall((root / "src/db/migrations.cpp").read_text()))
    failures = []
    for table in sorted(created - owners.keys()):
        failures.append(f"src/db/table_owners.tsv: {table} is created by the migrations but has no owner")
    for table in sorted(owners.keys() - created):
        failures.append(f"src/db/table_owners.tsv: {table} is not a table the migrations create")
    stores = sorted((root / "src/modules").glob("*/*.cpp"))
    if not stores:
        failures.append("no store files found under src/modules")
    for store in stores:
        module = store.parent.name
        for number, table, owner in foreign_references(module, store.read_text(), owners):
            failures.append(f"{store.relative_to(root)}:{number}: {table} is the {owner} module's table; "
                            f"read it through {owner}'s queries, or say why the join stays in a NOTE: naming it")
    for failure in failures:
        print(failure)
    print(f"{len(stores)} stores read, {len(owners)} tables owned, {len(failures)} problems")
    return 0 if not failures else 1


def self_test():
    owners = {"people": "partnership", "claims": "resources"}
    own = 'sql << "SELECT * FROM claims WHERE id = :id";\n'
    unexplained = '// Names for the list.\nsql << "SELECT c.id, p.name FROM claims c JOIN people p ON p.id = c.person_id";\n'
    explained = ('// NOTE: the names are the partnership module\'s people, joined for the list.\n'
                 'sql << "SELECT c.id, p.name FROM claims c JOIN people p ON p.id = c.person_id";\n')
    far = "// NOTE: people, for a list far above.\n" + "\n" * (NOTE_WINDOW + 1) + 'sql << "SELECT name FROM people";\n'
    assert foreign_references("resources", own, owners) == []
    assert foreign_references("resources", unexplained, owners) == [(2, "people", "partnership")]
    assert foreign_references("resources", explained, owners) == []
    assert foreign_references("resources", far, owners) == [(NOTE_WINDOW + 3, "people", "partnership")]
    # The owner itself needs no note.
    assert foreign_references("partnership", 'sql << "SELECT name FROM people";', owners) == []
    print("self-test passed")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 2 and sys.argv[1] == "--self-test":
        sys.exit(self_test())
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(check(sys.argv[1]))
