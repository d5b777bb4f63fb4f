// Bundles the pages into the API's wwwroot/app: node build.mjs [outdir]. Run by the API project's build.
import { build } from "esbuild";
import { readFileSync, mkdirSync, copyFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const outdir = resolve(process.argv[2] ?? join(root, "src/GraphExplorer.Api/wwwroot/app"));

/** The Neo4j Browser style sheet as { selector: { property: value } }: `node.Company { color: #4C8EDA; }`. */
export function parseGrass(text) {
  const style = {};
  for (const [, selector, body] of text.matchAll(/([\w.]+)\s*\{([^}]*)\}/g)) {
    const rules = {};
    for (const [, name, value] of body.matchAll(/([\w-]+)\s*:\s*([^;]+);/g)) {
      rules[name] = value.trim().replace(/^'(.*)'$/, "$1");
    }
    style[selector] = rules;
  }
  return style;
}

/** The README's ```graphql blocks, each titled by the nearest heading above it. */
export function readmeExamples(text) {
  const examples = [];
  let title = "GraphExplorer";
  for (const block of text.split(/^```/m).map((part, i) => ({ part, code: i % 2 === 1 }))) {
    if (!block.code) {
      const headings = [...block.part.matchAll(/^#{2,4}\s+(.+)$/gm)];
      if (headings.length > 0) title = headings[headings.length - 1][1].trim();
      continue;
    }
    if (block.part.startsWith("graphql\n")) examples.push({ title, query: block.part.slice("graphql\n".length).trimEnd() + "\n" });
  }
  return examples;
}

const generated = {
  name: "generated",
  setup(b) {
    b.onResolve({ filter: /^(grass|readme):/ }, (args) => ({ path: args.path, namespace: "generated" }));
    b.onLoad({ filter: /.*/, namespace: "generated" }, (args) => {
      const value = args.path === "grass:style"
        ? parseGrass(readFileSync(join(root, "cypher/browser/graph-explorer.grass"), "utf8"))
        : readmeExamples(readFileSync(join(root, "README.md"), "utf8"));
      return { contents: JSON.stringify(value), loader: "json" };
    });
  },
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(outdir, { recursive: true });
  const common = { bundle: true, minify: true, sourcemap: true, target: "es2022", logLevel: "warning", legalComments: "linked" };
  await build({
    ...common,
    entryPoints: { ide: join(here, "src/ide/main.tsx"), explore: join(here, "src/explore/main.ts") },
    outdir,
    format: "esm",
    splitting: true,
    loader: { ".ttf": "file", ".woff": "file", ".woff2": "file", ".svg": "file" },
    plugins: [generated],
  });
  // Monaco's workers (the IDE's editors) are bundles of their own, started from our origin.
  await build({
    ...common,
    entryPoints: {
      "editor.worker": join(here, "node_modules/monaco-editor/esm/vs/editor/editor.worker.js"),
      "json.worker": join(here, "node_modules/monaco-editor/esm/vs/language/json/json.worker.js"),
      "graphql.worker": join(here, "node_modules/monaco-graphql/esm/graphql.worker.js"),
    },
    outdir: join(outdir, "workers"),
    format: "iife",
  });
  for (const page of readdirSync(join(here, "pages"))) copyFileSync(join(here, "pages", page), join(outdir, page));
}
