import cytoscape from "cytoscape";
import type { Core, ElementDefinition, NodeSingular, EdgeSingular } from "cytoscape";
// @ts-expect-error: cytoscape-svg ships no types.
import cytoscapeSvg from "cytoscape-svg";
import grass from "grass:style";
import { ApiError, entityFields, pathFields, query, relationshipFields } from "./api";
import type { EntitySummary, PathData, RelationshipData } from "./api";
import { readState, writeState } from "./state";
import type { ViewState } from "./state";
import { attachSearch } from "./search";
import { showEntity, showRelationship, showText } from "./details";

cytoscape.use(cytoscapeSvg);

const kindLabels: Record<string, string> = {
  COMPANY: "Company", PRODUCT: "Product", CHIP: "Chip", REGULATOR: "Regulator", REGULATION: "Regulation",
  PLACE: "Place", FACILITY: "Facility", PERSON: "Person", DOCUMENT: "Document",
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $("status");
const details = $("details");
const modeSelect = $<HTMLSelectElement>("mode");
const directionSelect = $<HTMLSelectElement>("direction");
const asOfInput = $<HTMLInputElement>("as-of");
const documentsBox = $<HTMLInputElement>("documents");
const statedBox = $<HTMLInputElement>("stated");
const expandButton = $<HTMLButtonElement>("expand");
const moreButton = $<HTMLButtonElement>("more");
const pathTo = $<HTMLInputElement>("path-to");

let state: ViewState = readState(location.search);
let limit = 500;
const relationships = new Map<string, RelationshipData>();
const hiddenTypes = new Set<string>();
const hiddenKinds = new Set<string>();

/** One style for the explorer and Neo4j Browser: colours, sizes and captions per label from graph-explorer.grass. */
function styleSheet(): cytoscape.StylesheetJson {
  const base = grass["node"] ?? {};
  const rules: cytoscape.StylesheetJson = [
    {
      selector: "node",
      style: {
        "background-color": base.color ?? "#A5ABB6", "border-color": base["border-color"] ?? "#9AA1AC", "border-width": 2,
        label: "data(caption)", color: "#111827", "font-size": 10, "text-valign": "bottom", "text-margin-y": 4,
        width: parseInt(base.diameter ?? "50", 10) * 0.6, height: parseInt(base.diameter ?? "50", 10) * 0.6,
        "text-wrap": "wrap", "text-max-width": "120px",
      },
    },
    {
      selector: "edge",
      style: {
        width: 2, "line-color": "#A5ABB6", "target-arrow-color": "#A5ABB6", "target-arrow-shape": "triangle",
        "curve-style": "bezier", label: "data(type)", "font-size": 7, "text-rotation": "autorotate", color: "#374151",
      },
    },
    { selector: ".highlighted", style: { "line-color": "#7c3aed", "target-arrow-color": "#7c3aed", width: 4, "border-color": "#7c3aed", "border-width": 4 } },
    { selector: ":selected", style: { "border-color": "#111827", "border-width": 4, "line-color": "#111827" } },
    { selector: ".filtered", style: { display: "none" } },
  ];
  for (const [selector, value] of Object.entries(grass)) {
    const label = selector.startsWith("node.") ? selector.slice(5) : null;
    if (!label) continue;
    const size = parseInt(value.diameter ?? "50", 10) * 0.6;
    rules.push({
      selector: `node[label = "${label}"]`,
      style: { "background-color": value.color ?? "#A5ABB6", "border-color": value["border-color"] ?? "#9AA1AC", width: size, height: size },
    });
  }
  return rules;
}

const cy: Core = cytoscape({ container: $("graph"), style: styleSheet(), minZoom: 0.1, maxZoom: 4 });

function caption(entity: EntitySummary): string {
  const template = grass[`node.${kindLabels[entity.kind]}`]?.caption ?? grass["node"]?.caption ?? "{name}";
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String((entity as unknown as Record<string, unknown>)[key] ?? ""));
}

function nodeOf(entity: EntitySummary, position?: { x: number; y: number }): ElementDefinition {
  return { group: "nodes", data: { id: entity.id, caption: caption(entity), label: kindLabels[entity.kind] ?? entity.kind, kind: entity.kind, name: entity.name }, position };
}

function edgeOf(relationship: RelationshipData): ElementDefinition {
  relationships.set(relationship.id, relationship);
  return { group: "edges", data: { id: `r:${relationship.id}`, relationship: relationship.id, source: relationship.from.id, target: relationship.to.id, type: relationship.type } };
}

function say(message: string, error = false) {
  status.replaceChildren();
  if (message.length === 0) return;
  const line = document.createElement("p");
  line.textContent = message;
  if (error) {
    line.className = "error";
    line.setAttribute("role", "alert");
  }
  status.append(line);
}

/** Adds what is not drawn yet; what is drawn keeps its place. New nodes go round `around`, or into a grid when nothing is placed. */
function add(entities: EntitySummary[], edges: RelationshipData[], around?: string, positions?: Map<string, { x: number; y: number }>) {
  const fresh = entities.filter((e) => cy.getElementById(e.id).empty());
  const centre = around && !cy.getElementById(around).empty() ? cy.getElementById(around).position() : { x: 0, y: 0 };
  const radius = 120 + fresh.length * 8;
  cy.add(fresh.map((entity, i) => {
    const angle = (2 * Math.PI * i) / Math.max(fresh.length, 1);
    return nodeOf(entity, positions?.get(entity.id) ?? { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  }));
  cy.add(edges.filter((r) => cy.getElementById(`r:${r.id}`).empty()
    && !cy.getElementById(r.from.id).empty() && !cy.getElementById(r.to.id).empty()).map(edgeOf));
  refreshFilters();
}

function describe() {
  const graph = $("graph");
  graph.setAttribute("aria-label", `Graph of the current view: ${cy.nodes().length} entities, ${cy.edges().length} relationships`);
  graph.dataset.nodes = String(cy.nodes().length);
  graph.dataset.edges = String(cy.edges().length);
  graph.dataset.highlighted = String(cy.edges(".highlighted").length);
}

function refreshFilters() {
  describe();
  for (const [id, values, hidden, group] of [
    ["type-filter", [...new Set(cy.edges().map((e) => e.data("type") as string))].sort(), hiddenTypes, "edge"],
    ["kind-filter", [...new Set(cy.nodes().map((n) => n.data("kind") as string))].sort(), hiddenKinds, "node"],
  ] as const) {
    const fieldset = $(id);
    fieldset.querySelectorAll("label").forEach((l) => l.remove());
    for (const value of values) {
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.checked = !hidden.has(value);
      box.addEventListener("change", () => {
        if (box.checked) hidden.delete(value); else hidden.add(value);
        applyFilters();
      });
      label.append(box, ` ${group === "node" ? kindLabels[value] ?? value : value}`);
      fieldset.append(label);
    }
  }
  applyFilters();
}

function applyFilters() {
  cy.nodes().forEach((n) => { n.toggleClass("filtered", hiddenKinds.has(n.data("kind"))); });
  cy.edges().forEach((e) => { e.toggleClass("filtered", hiddenTypes.has(e.data("type"))); });
}

async function neighborhood(id: string, around?: string) {
  const hide = !state.documents;
  const data = await query<{ neighborhood: { nodes: EntitySummary[]; edges: RelationshipData[]; truncated: boolean } }>(
    `query($id: ID!, $limit: Int, $asOf: Date, $basis: [Basis!], $excludeTypes: [RelationshipType!], $excludeKinds: [EntityKind!]) {
      neighborhood(id: $id, depth: 1, limit: $limit, asOf: $asOf, basis: $basis, excludeTypes: $excludeTypes, excludeKinds: $excludeKinds) {
        nodes { ${entityFields} } edges { ${relationshipFields} } truncated } }`,
    { id, limit, asOf: state.asOf, basis: bases(), excludeTypes: hide ? ["MENTIONS"] : null, excludeKinds: hide ? ["DOCUMENT"] : null });
  add(data.neighborhood.nodes, data.neighborhood.edges, around ?? id);
  moreButton.hidden = !data.neighborhood.truncated;
  if (data.neighborhood.truncated) say(`Only the first ${limit} entities around ${id} are drawn; choose “Load more” for the rest.`);
}

/** The bases the view keeps to: only what the sources state, when asked. */
function bases(): string[] | null {
  return state.stated ? ["STATED"] : null;
}

async function supplyChain(id: string) {
  const data = await query<{ supplyChain: { root: EntitySummary; tiers: { tier: number; entities: EntitySummary[]; relationships: RelationshipData[] }[]; truncated: boolean } }>(
    `query($id: ID!, $direction: SupplyDirection, $asOf: Date, $basis: [Basis!]) { supplyChain(id: $id, direction: $direction, maxTiers: 4, asOf: $asOf, basis: $basis) {
      root { ${entityFields} } tiers { tier entities { ${entityFields} } relationships { ${relationshipFields} } } truncated } }`,
    { id, direction: state.direction, asOf: state.asOf, basis: bases() });
  const chain = data.supplyChain;
  const positions = new Map<string, { x: number; y: number }>([[chain.root.id, { x: 0, y: 0 }]]);
  const side = state.direction === "UPSTREAM" ? -1 : 1;
  for (const tier of chain.tiers) {
    tier.entities.forEach((e, i) => positions.set(e.id, { x: side * 220 * tier.tier, y: (i - (tier.entities.length - 1) / 2) * 110 }));
  }
  add([chain.root, ...chain.tiers.flatMap((t) => t.entities)], chain.tiers.flatMap((t) => t.relationships), undefined, positions);
  const words = chain.tiers.map((t) => `tier ${t.tier}: ${t.entities.map((e) => e.name).join(", ")}`).join("; ");
  showText(details, `${state.direction === "UPSTREAM" ? "Suppliers" : "Customers"} of ${chain.root.name}`,
    chain.tiers.length > 0 ? words : "None as of the date shown.");
  if (chain.truncated) say("The supply chain is larger than the entity limit: only part of it is drawn.");
}

async function owners(id: string) {
  const data = await query<{ owners: { owner: EntitySummary; depth: number; ultimate: boolean; effectivePercentage: number | null; chain: PathData }[] }>(
    `query($id: ID!, $asOf: Date, $basis: [Basis!]) { owners(id: $id, asOf: $asOf, basis: $basis) { owner { ${entityFields} } depth ultimate effectivePercentage chain { ${pathFields} } } }`,
    { id, asOf: state.asOf, basis: bases() });
  await drawPaths(data.owners.map((o) => o.chain), id);
  showText(details, "Owners", data.owners.length === 0 ? "No owner is known."
    : data.owners.map((o) => `${o.owner.name}: ${o.effectivePercentage === null ? "share unknown" : `${o.effectivePercentage}%`} (depth ${o.depth}${o.ultimate ? ", ultimate" : ""})`).join("\n"));
}

async function exposure(id: string) {
  type Found = { by: EntitySummary; through: EntitySummary; channel: string; scope: string | null; path: PathData; rule: RelationshipData | null; supply: RelationshipData | null };
  const data = await query<{ exposure: Found[] }>(
    `query($id: ID!, $asOf: Date, $basis: [Basis!]) { exposure(id: $id, asOf: $asOf, basis: $basis) { by { ${entityFields} } through { ${entityFields} } channel scope
      path { ${pathFields} } rule { ${relationshipFields} } supply { ${relationshipFields} } } }`,
    { id, asOf: state.asOf, basis: bases() });
  const groups = new Map<string, { by: EntitySummary; exposures: Found[] }>();
  for (const found of data.exposure) {
    const group = groups.get(found.by.id) ?? { by: found.by, exposures: [] };
    group.exposures.push(found);
    groups.set(found.by.id, group);
  }
  const paths: PathData[] = data.exposure.map((e) => ({
    nodes: [...e.path.nodes, e.through, e.by],
    relationships: [...e.path.relationships, ...(e.rule ? [e.rule] : []), ...(e.supply ? [e.supply] : [])],
  }));
  await drawPaths(paths, id);
  showText(details, "Regulatory exposure", groups.size === 0 ? "No regulation reaches it."
    : [...groups.values()].map((g) => `${g.by.name}: ${g.exposures.map((e) =>
      `${e.channel.toLowerCase()} through ${e.through.name}${e.scope ? ` (${e.scope})` : ""}: ${e.path.nodes.map((n) => n.name).join(" → ")}`).join("; ")}`).join("\n"));
}

let relationshipTypes: string[] | null = null;

/** Every relationship type but MENTIONS, unless documents are shown: paths through an article are rarely the question. */
async function pathTypes(): Promise<string[] | null> {
  if (state.documents) return null;
  relationshipTypes ??= (await query<{ __type: { enumValues: { name: string }[] } }>(
    "{ __type(name: \"RelationshipType\") { enumValues { name } } }")).__type.enumValues.map((v) => v.name);
  return relationshipTypes.filter((type) => type !== "MENTIONS");
}

async function paths(from: string, to: string) {
  const data = await query<{ paths: PathData[] }>(
    `query($from: ID!, $to: ID!, $asOf: Date, $types: [RelationshipType!]) { paths(from: $from, to: $to, asOf: $asOf, types: $types, first: 20) { ${pathFields} } }`,
    { from, to, asOf: state.asOf, types: await pathTypes() });
  await drawPaths(data.paths, from);
  showText(details, "Shortest paths", data.paths.length === 0 ? "No path joins them within the length limit."
    : data.paths.map((p) => p.nodes.map((n) => n.name).join(" → ")).join("\n"));
}

async function drawPaths(found: PathData[], start: string) {
  const entities = new Map<string, EntitySummary>();
  const depth = new Map<string, number>();
  for (const path of found) {
    path.nodes.forEach((n, i) => { entities.set(n.id, n); depth.set(n.id, Math.min(depth.get(n.id) ?? i, i)); });
  }
  const columns = new Map<number, number>();
  const positions = new Map<string, { x: number; y: number }>();
  for (const [id, d] of [...depth.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))) {
    const row = columns.get(d) ?? 0;
    columns.set(d, row + 1);
    positions.set(id, { x: d * 200, y: row * 100 });
  }
  if (!entities.has(start)) {
    const focus = await query<{ entity: EntitySummary | null }>(`query($id: ID!) { entity(id: $id) { ${entityFields} } }`, { id: start });
    if (focus.entity) { entities.set(start, focus.entity); positions.set(start, { x: 0, y: 0 }); }
  }
  add([...entities.values()], found.flatMap((p) => p.relationships), undefined, positions);
  cy.elements().removeClass("highlighted");
  for (const path of found) {
    for (const r of path.relationships) cy.getElementById(`r:${r.id}`).addClass("highlighted");
  }
  describe();
}

/** Draws the view the state describes, from nothing: what an address restores. */
async function render() {
  cy.elements().remove();
  relationships.clear();
  moreButton.hidden = true;
  describe();
  say("");
  modeSelect.value = state.mode;
  directionSelect.value = state.direction;
  asOfInput.value = state.asOf ?? "";
  documentsBox.checked = state.documents;
  statedBox.checked = state.stated;
  statedBox.disabled = state.mode === "paths";
  statedBox.title = state.mode === "paths" ? "Shortest paths use every relationship; the other modes can keep to what the sources state." : "";
  if (!state.focus) {
    showText(details, "Start", "Search for an entity to begin.");
    return;
  }
  try {
    switch (state.mode) {
      case "supply": await supplyChain(state.focus); break;
      case "owners": await owners(state.focus); break;
      case "exposure": await exposure(state.focus); break;
      case "paths":
        if (state.to) await paths(state.focus, state.to);
        else { await neighborhood(state.focus); say("Choose the entity to find paths to."); }
        break;
      default:
        await neighborhood(state.focus);
        for (const id of state.expanded) await neighborhood(id);
        // The details load beside the drawing; the view counts as drawn without waiting for them.
        void select(state.focus);
    }
    cy.fit(undefined, 40);
    // Drawn once the canvas has painted; the time since the entity was chosen is kept for the benchmark (measure.mjs).
    await new Promise(requestAnimationFrame);
    if (performance.getEntriesByName("choose").length > 0) {
      document.body.dataset.drawnMs = performance.measure("choose-to-drawn", "choose").duration.toFixed(1);
      performance.clearMarks("choose");
    }
    document.body.dataset.view = writeState(state);
  } catch (error) {
    say(error instanceof ApiError ? `${error.message} (${error.code})` : `Something went wrong: ${String(error)}`, true);
  }
}

function navigate(change: Partial<ViewState>) {
  state = { ...state, ...change };
  history.pushState(null, "", `/explore${writeState(state)}`);
  void render();
}

async function select(id: string) {
  expandButton.disabled = false;
  cy.elements().unselect();
  cy.getElementById(id).select();
  try {
    const drawn = cy.getElementById(id).connectedEdges().map((edge) => {
      const relationship = relationships.get(edge.data("relationship"))!;
      return {
        label: `${relationship.from.name} ${relationship.type} ${relationship.to.name}`,
        open: () => { cy.elements().unselect(); edge.select(); showRelationship(details, relationship, (end) => void select(end)); },
      };
    });
    await showEntity(details, id, state.asOf, drawn);
  } catch (error) {
    say(error instanceof ApiError ? `${error.message} (${error.code})` : String(error), true);
  }
}

function download(name: string, blob: Blob) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

cy.on("tap", "node", (event) => { void select((event.target as NodeSingular).id()); });
cy.on("tap", "edge", (event) => {
  const relationship = relationships.get((event.target as EdgeSingular).data("relationship"));
  expandButton.disabled = true;
  if (relationship) showRelationship(details, relationship, (end) => void select(end));
});
cy.on("dbltap", "node", (event) => { void expand((event.target as NodeSingular).id()); });

async function expand(id: string) {
  try {
    await neighborhood(id, id);
    if (state.mode === "neighborhood" && !state.expanded.includes(id) && id !== state.focus) {
      state = { ...state, expanded: [...state.expanded, id] };
      history.replaceState(null, "", `/explore${writeState(state)}`);
    }
  } catch (error) {
    say(error instanceof ApiError ? `${error.message} (${error.code})` : String(error), true);
  }
}

expandButton.addEventListener("click", () => {
  const selected = cy.nodes(":selected").first();
  const id = selected.nonempty() ? selected.id() : state.focus;
  if (id) void expand(id);
});
moreButton.addEventListener("click", () => { limit *= 2; void render(); });
modeSelect.addEventListener("change", () => navigate({ mode: modeSelect.value as ViewState["mode"], expanded: [] }));
directionSelect.addEventListener("change", () => navigate({ direction: directionSelect.value as ViewState["direction"] }));
asOfInput.addEventListener("change", () => navigate({ asOf: asOfInput.value || null }));
documentsBox.addEventListener("change", () => navigate({ documents: documentsBox.checked }));
statedBox.addEventListener("change", () => navigate({ stated: statedBox.checked }));
$("export-png").addEventListener("click", () => download("graphexplorer.png", cy.png({ output: "blob", full: true, bg: "#ffffff", scale: 2 }) as unknown as Blob));
$("export-svg").addEventListener("click", () => {
  const svg = (cy as unknown as { svg(options: object): string }).svg({ full: true, bg: "#ffffff" });
  download("graphexplorer.svg", new Blob([svg], { type: "image/svg+xml" }));
});
$("export-json").addEventListener("click", () => {
  const subgraph = {
    view: state,
    nodes: cy.nodes().map((n) => ({ id: n.id(), name: n.data("name"), kind: n.data("kind") })),
    relationships: cy.edges().map((e) => relationships.get(e.data("relationship"))),
  };
  download("graphexplorer.json", new Blob([JSON.stringify(subgraph, null, 2)], { type: "application/json" }));
});

attachSearch($<HTMLInputElement>("search"), $("search-results"), (entity) => navigate({ focus: entity.id, expanded: [], to: state.mode === "paths" ? state.to : null }));
attachSearch(pathTo, $("path-to-results"), (entity) => navigate({ mode: "paths", to: entity.id }));
window.addEventListener("popstate", () => { state = readState(location.search); void render(); });
void render();
