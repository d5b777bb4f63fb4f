import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildSchema, chunkText, findCypherFiles, lintText, main, toScreamingSnake } from './lint.mjs';

const schema = buildSchema();
const errors = (findings) => findings.filter((f) => f.severity === 'error');
const warnings = (findings) => findings.filter((f) => f.severity === 'warning');

describe('schema read from the core model', () => {
  test('labels are Entity and every kind', () => {
    for (const label of ['Entity', 'Company', 'Product', 'Chip', 'Regulator', 'Regulation', 'Place', 'Facility', 'Person', 'Document']) {
      assert.ok(schema.labels.includes(label), label);
    }
  });

  test('relationship types are the Cypher spelling of the enum', () => {
    assert.equal(toScreamingSnake('InternationalVersionOf'), 'INTERNATIONAL_VERSION_OF');
    for (const type of ['OWNS', 'SUPPLIES', 'INTERNATIONAL_VERSION_OF', 'COMPETES_WITH', 'MENTIONS']) {
      assert.ok(schema.relationshipTypes.includes(type), type);
    }
  });

  test('property keys include those of PropertyNames.cs', () => {
    for (const key of ['id', 'name', 'aliases', 'source', 'evidence', 'reportedOn']) {
      assert.ok(schema.propertyKeys.includes(key), key);
    }
  });
});

describe('lintText', () => {
  test('a good query has no findings', () => {
    const findings = lintText(
      `MATCH (c:Company {id: 'bytedance'})-[r:OWNS|DEVELOPS]->(asset:Entity)
       RETURN asset.id AS id, asset.name AS name, type(r) AS type, r.percentage AS percentage
       ORDER BY id;`,
      schema,
    );
    assert.deepEqual(findings, []);
  });

  test('a syntax error is an error with its position', () => {
    const findings = lintText('MATCH (n:Entity\nRETURN n;', schema);
    assert.ok(errors(findings).length >= 1, JSON.stringify(findings));
    assert.equal(findings[0].line, 2);
    assert.match(findings[0].message, /Invalid input/);
  });

  test('an undefined variable is an error', () => {
    const findings = lintText("MATCH (n:Entity {id: 'tiktok'})\nRETURN m.name;", schema);
    assert.deepEqual(
      errors(findings).map(({ line, column, message }) => ({ line, column, message })),
      [{ line: 2, column: 8, message: 'Variable `m` not defined' }],
    );
  });

  test('an unknown function is an error', () => {
    assert.equal(errors(lintText("RETURN toLowr('ByteDance') AS name;", schema)).length, 1);
  });

  test('an undeclared parameter is not an error, but an error beside it still is', () => {
    assert.deepEqual(lintText('MATCH (n:Entity {id: $id}) RETURN n.name AS name;', schema), []);
    const findings = lintText('MATCH (n:Entity {id: $id}) RETURN x;', schema);
    assert.equal(errors(findings).length, 1);
    assert.match(findings[0].message, /Variable `x` not defined/);
  });

  test('misspelt labels, relationship types and property keys are warnings', () => {
    const findings = lintText("MATCH (n:Compny)-[:OWN]->(m:Entity) RETURN m.nmae AS name;", schema);
    assert.equal(errors(findings).length, 0);
    const messages = warnings(findings).map((f) => f.message).join('\n');
    assert.match(messages, /Label Compny is not present/);
    assert.match(messages, /Relationship type OWN is not present/);
    assert.match(messages, /nmae is not present/);
  });

  test('console commands are rejected: the seeder and the Query API do not run them', () => {
    assert.ok(errors(lintText(":param id => 'bytedance';\nMATCH (n:Entity {id: $id}) RETURN n;", schema)).length > 0);
  });
});

describe('chunkText', () => {
  test('keeps every position of a long file', () => {
    const text = 'RETURN 1 AS one;\n'.repeat(60) + 'RETURN nope;\n';
    const chunks = chunkText(text);
    assert.ok(chunks.length > 1);
    assert.equal(chunks.at(-1).length, text.length);
    assert.equal(chunks.map((chunk) => chunk.trim()).join(' ').replace(/\s+/g, ' '), text.trim().replace(/\s+/g, ' '));
    const last = lintText(chunks.at(-1), schema);
    assert.deepEqual(errors(last).map((f) => [f.line, f.column]), [[61, 8]]);
  });
});

describe('command line', () => {
  let root;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'cypher-lint-'));
    mkdirSync(join(root, 'nested', 'node_modules'), { recursive: true });
    writeFileSync(join(root, 'good.cypher'), "// fine\nMATCH (n:Entity {id: 'tiktok'}) RETURN n.name AS name;\n");
    writeFileSync(join(root, 'nested', 'bad.cypher'), 'MATCH (n:Entity)\nRETURN m;\n');
    writeFileSync(join(root, 'nested', 'node_modules', 'ignored.cypher'), 'not cypher at all');
    writeFileSync(join(root, 'notes.txt'), 'MATCH (');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  test('finds .cypher files recursively, skipping node_modules', () => {
    assert.deepEqual(findCypherFiles([root]), [join(root, 'good.cypher'), join(root, 'nested', 'bad.cypher')]);
  });

  test('reports file:line:column and exits 1 on an error', async () => {
    const lines = [];
    const code = await main([root], { out: (line) => lines.push(line), err: (line) => lines.push(line) });
    assert.equal(code, 1);
    assert.ok(lines.some((l) => /bad\.cypher:2:8: error: Variable `m` not defined$/.test(l)), lines.join('\n'));
    assert.equal(lines.at(-1), 'cypher-lint: 2 files, 1 errors, 0 warnings');
  });

  test('exits 0 when there are no errors', async () => {
    const lines = [];
    assert.equal(await main([join(root, 'good.cypher')], { out: (l) => lines.push(l) }), 0);
    assert.equal(lines.at(-1), 'cypher-lint: 1 files, 0 errors, 0 warnings');
  });

  test('exits 2 on a missing path', async () => {
    const lines = [];
    assert.equal(await main([join(root, 'missing')], { err: (l) => lines.push(l) }), 2);
    assert.match(lines[0], /no such file or directory/);
  });
});
