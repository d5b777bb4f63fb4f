import "graphiql/style.css";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { createRoot } from "react-dom/client";
import examples from "readme:examples";

// Monaco starts its language workers from bundles on our own origin (build.mjs), not from a CDN.
(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_id: string, label: string) {
    const name = label === "json" ? "json" : label === "graphql" ? "graphql" : "editor";
    return new Worker(new URL(`workers/${name}.worker.js`, import.meta.url));
  },
};

const fetcher = createGraphiQLFetcher({ url: new URL("/graphql", location.href).toString() });
const tabs = examples.map((example) => ({ query: `# ${example.title}\n${example.query}` }));

createRoot(document.getElementById("graphiql")!).render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={tabs}
    defaultHeaders={'{\n  "X-Api-Key": ""\n}'}
    defaultEditorToolsVisibility="headers"
    isHeadersEditorEnabled
  />,
);
