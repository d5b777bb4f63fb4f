#!/usr/bin/env node
// Lints GraphExplorer's .cypher files with Neo4j's own Cypher front end
// (@neo4j-cypher/language-support): syntax, undefined variables, type errors, unknown
// functions, and labels, relationship types and property keys missing from our model.
//
//   node tools/cypher-lint/lint.mjs cypher src
//
// Prints `file:line:column: severity: message` per diagnostic and a summary line;
// exits 1 when any error is found, 2 when it cannot run (bad path, model not found).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  isNotParamError,
  lintCypherQuery,
  parseStatementsStrs,
  testData,
} from '@neo4j-cypher/language-support';

const here = dirname(fileURLToPath(import.meta.url));
export const defaultRepoRoot = resolve(here, '..', '..');

// Neo4j 5.26 (our target) speaks Cypher 5 by default.
const cypherVersion = 'CYPHER 5';

const skippedDirectories = new Set(['node_modules', 'bin', 'obj', '.git', 'TestResults', 'artifacts']);

// Properties the model documents as optional (docs/graph-model.md) beside those in PropertyNames.cs.
const documentedPropertyKeys = [
  'what', 'items', 'via', 'status', 'scope', 'role', 'country', 'headquarters', 'listed',
];

// Notifications that are deliberate in our queries. The seed's relationship statements and
// the store's path queries MATCH both ends by the unique `id`, so the "cartesian product"
// between them is one row times one row.
const suppressedNotices = [/cartesian product/i];

const severityNames = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** Finds every .cypher file under the given files or directories, sorted, without duplicates. */
export function findCypherFiles(paths) {
  const found = new Set();
  const walk = (path) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path, { withFileTypes: true })) {
        if (entry.isDirectory() && skippedDirectories.has(entry.name)) continue;
        walk(join(path, entry.name));
      }
    } else if (stat.isFile() && path.endsWith('.cypher')) {
      found.add(resolve(path));
    }
  };
  for (const path of paths) {
    if (!existsSync(path)) throw new UsageError(`no such file or directory: ${path}`);
    walk(path);
  }
  return [...found].sort();
}

export class UsageError extends Error {}

function readEnumMembers(file) {
  if (!existsSync(file)) throw new UsageError(`model file not found: ${file}`);
  const body = readFileSync(file, 'utf8').match(/enum\s+\w+\s*\{([^}]*)\}/);
  if (!body) throw new UsageError(`no enum in ${file}`);
  return body[1]
    .replace(/\/\/.*$/gm, '')
    .split(',')
    .map((member) => member.replace(/\[[^\]]*\]/g, '').split('=')[0].trim())
    .filter((member) => /^[A-Za-z_]\w*$/.test(member));
}

/** `InternationalVersionOf` → `INTERNATIONAL_VERSION_OF`, as RelationshipTypes.ToCypher does. */
export function toScreamingSnake(name) {
  return name.replace(/(?<=.)([A-Z])/g, '_$1').toUpperCase();
}

/** Property keys the seed scripts write: keys of map literals and `SET x.key = …` targets. */
export function writtenPropertyKeys(text) {
  const keys = new Set();
  for (const match of text.matchAll(/[{,]\s*([A-Za-z_]\w*)\s*:(?!:)/g)) keys.add(match[1]);
  for (const match of text.matchAll(/\b[A-Za-z_]\w*\.([A-Za-z_]\w*)\s*=(?!=)/g)) keys.add(match[1]);
  return keys;
}

function builtInOnly(registryByVersion, isBuiltIn) {
  const result = {};
  for (const [version, registry] of Object.entries(registryByVersion ?? {})) {
    result[version] = Object.fromEntries(Object.entries(registry).filter(([name, entry]) => isBuiltIn(name, entry)));
  }
  return result;
}

/**
 * The database schema the linter checks against: our labels, relationship types and property
 * keys, read from the core model so that they cannot drift from the code, plus Neo4j's
 * built-in functions and procedures (the package's own catalogue, without APOC or GDS,
 * which a plain Neo4j community server does not have).
 */
export function buildSchema(repoRoot = defaultRepoRoot) {
  const model = join(repoRoot, 'src', 'GraphExplorer.Core', 'Model');
  const kinds = readEnumMembers(join(model, 'EntityKind.cs'));
  const relationshipTypes = readEnumMembers(join(model, 'RelationshipType.cs')).map(toScreamingSnake);

  const propertyKeys = new Set(documentedPropertyKeys);
  const propertyNames = join(model, 'PropertyNames.cs');
  if (existsSync(propertyNames)) {
    for (const match of readFileSync(propertyNames, 'utf8').matchAll(/const\s+string\s+\w+\s*=\s*"([^"]+)"/g)) {
      propertyKeys.add(match[1]);
    }
  }
  // The seed scripts are what the database holds: every key they write exists.
  const seedDirectory = join(repoRoot, 'cypher');
  if (existsSync(seedDirectory)) {
    for (const entry of readdirSync(seedDirectory, { withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.cypher')) {
        for (const key of writtenPropertyKeys(readFileSync(join(seedDirectory, entry.name), 'utf8'))) propertyKeys.add(key);
      }
    }
  }

  const catalogue = testData.mockSchema;
  return {
    labels: ['Entity', ...kinds],
    relationshipTypes,
    propertyKeys: [...propertyKeys].sort(),
    functions: builtInOnly(catalogue.functions, (_, fn) => fn.isBuiltIn === true),
    procedures: builtInOnly(catalogue.procedures, (name) => /^(db|dbms|tx)\./.test(name)),
    defaultLanguage: cypherVersion,
  };
}

function toFinding(diagnostic) {
  return {
    line: diagnostic.range.start.line + 1,
    column: diagnostic.range.start.character + 1,
    severity: severityNames[diagnostic.severity] ?? 'error',
    message: diagnostic.message.replace(/\s*\n\s*/g, ' ').trim(),
  };
}

/**
 * Lints one Cypher text. Parameters (`$id`) are not declared in the schema: the package
 * reports each as "Parameter $x is not defined.", which its own `isNotParamError` filters
 * out; every other diagnostic is kept. Console commands (`:param`) are rejected because
 * neither the Query API nor the seeder accepts them.
 */
export function lintText(text, schema) {
  const { diagnostics } = lintCypherQuery(text, schema, { consoleCommandsEnabled: false });
  return diagnostics
    .filter(isNotParamError)
    .filter((d) => !(d.severity !== 1 && suppressedNotices.some((pattern) => pattern.test(d.message))))
    .map(toFinding);
}

// Each statement costs Neo4j's front end tens of milliseconds, so large files are cut into
// chunks of statements that run in parallel. A chunk keeps the text before it as blanks
// (newlines kept), so positions need no remapping.
const statementsPerChunk = 25;

export function chunkText(text) {
  const statements = parseStatementsStrs(text);
  if (statements.length <= statementsPerChunk) return [text];
  // Where each statement starts; the package drops whitespace-only pieces between them.
  const starts = [];
  let position = 0;
  for (const statement of statements) {
    const start = text.indexOf(statement, position);
    if (start < 0 || text.slice(position, start).trim() !== '') return [text];
    starts.push(start);
    position = start + statement.length;
  }
  const chunks = [];
  for (let i = 0; i < starts.length; i += statementsPerChunk) {
    const from = i === 0 ? 0 : starts[i];
    const to = i + statementsPerChunk < starts.length ? starts[i + statementsPerChunk] : text.length;
    chunks.push(text.slice(0, from).replace(/[^\n]/g, ' ') + text.slice(from, to));
  }
  return chunks;
}

function compareFindings(a, b) {
  return a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);
}

/** Lints files, in worker threads when there is more than one piece of work. */
export async function lintFiles(files, schema, { jobs = availableParallelism() } = {}) {
  const tasks = [];
  for (const file of files) {
    for (const text of chunkText(readFileSync(file, 'utf8'))) tasks.push({ file, text });
  }
  const results = new Map(files.map((file) => [file, []]));
  const workerCount = Math.min(jobs, tasks.length);
  if (workerCount <= 1) {
    for (const task of tasks) results.get(task.file).push(...lintText(task.text, schema));
  } else {
    let next = 0;
    await Promise.all(
      Array.from({ length: workerCount }, () => new Promise((resolvePool, rejectPool) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: { schema } });
        const feed = () => {
          if (next >= tasks.length) {
            worker.terminate().then(() => resolvePool(), rejectPool);
            return;
          }
          const index = next++;
          worker.postMessage({ index, text: tasks[index].text });
        };
        worker.on('message', ({ index, findings }) => {
          results.get(tasks[index].file).push(...findings);
          feed();
        });
        worker.on('error', rejectPool);
        feed();
      })),
    );
  }
  for (const findings of results.values()) findings.sort(compareFindings);
  return results;
}

/** Runs the command line; returns the exit code. */
export async function main(argv, { out = console.log, err = console.error } = {}) {
  const paths = argv.filter((arg) => !arg.startsWith('--'));
  if (paths.length === 0) {
    err('usage: node lint.mjs <file-or-directory>...');
    return 2;
  }
  let files;
  let schema;
  try {
    files = findCypherFiles(paths);
    schema = buildSchema();
  } catch (error) {
    if (error instanceof UsageError) {
      err(`cypher-lint: ${error.message}`);
      return 2;
    }
    throw error;
  }

  const results = await lintFiles(files, schema);
  let errors = 0;
  let warnings = 0;
  for (const [file, findings] of results) {
    const shown = relative(process.cwd(), file) || file;
    for (const finding of findings) {
      if (finding.severity === 'error') errors++;
      else if (finding.severity === 'warning') warnings++;
      out(`${shown}:${finding.line}:${finding.column}: ${finding.severity}: ${finding.message}`);
    }
  }
  out(`cypher-lint: ${files.length} files, ${errors} errors, ${warnings} warnings`);
  return errors > 0 ? 1 : 0;
}

const { isMainThread, parentPort, workerData } = await import('node:worker_threads');
if (!isMainThread && workerData?.schema) {
  parentPort.on('message', ({ index, text }) => {
    parentPort.postMessage({ index, findings: lintText(text, workerData.schema) });
  });
} else if (isMainThread && process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  process.exitCode = await main(process.argv.slice(2));
}
