// Loads a dependency-free TypeScript module from src/ for a unit test, by
// stripping its types with the TypeScript compiler (Node 20 cannot run .ts).
// It may import other such modules by a relative path ("./digits"), which are
// loaded the same way; anything else it imports (a package, a .tsx page) fails.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const sourceFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../src');
const outputFolder = mkdtempSync(path.join(tmpdir(), 'roundtable-unit-'));
const written = new Map();

// Writes the module and those it imports as .mjs files; the module's file.
function writeModule(relativePath) {
  const known = written.get(relativePath);
  if (known) return known;
  const file = path.join(outputFolder, relativePath.replace(/[/\\]/g, '_').replace(/\.ts$/, '.mjs'));
  written.set(relativePath, file);
  const source = readFileSync(path.join(sourceFolder, relativePath), 'utf8');
  let { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  outputText = outputText.replace(/^(\s*(?:import|export)\s[^;]*?\sfrom\s+)(['"])(\.{1,2}\/[^'"]+)\2/gm, (whole, start, quote, specifier) => {
    const imported = path.posix.join(path.posix.dirname(relativePath), specifier.endsWith('.ts') ? specifier : `${specifier}.ts`);
    return `${start}${quote}${pathToFileURL(writeModule(imported)).href}${quote}`;
  });
  if (/^\s*import\s(?![^;]*from\s+['"]file:)/m.test(outputText)) throw new Error(`${relativePath} must import only other modules of src/ that import nothing else`);
  writeFileSync(file, outputText);
  return file;
}

export async function loadSource(relativePath) {
  return import(pathToFileURL(writeModule(relativePath)).href);
}
