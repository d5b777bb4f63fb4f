import { query } from "./api";
import type { Basis, DatePrecision, RelationshipData } from "./api";

interface EntityDetails {
  id: string; name: string; kind: string; aliases: string[]; description: string | null;
  figures: { name: string; amount: number; unit: string | null; qualifier: string | null; year: number | null; basis: Basis | null; basisNote: string | null; source: { title: string } | null }[];
  aliasDetails: { name: string; basis: Basis; note: string | null }[];
  propertyBases: { property: string; basis: Basis; note: string | null }[];
  relationshipCounts: { type: string; direction: string; count: number }[];
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

function list(pairs: [string, Node | string | null | undefined][]): HTMLDListElement {
  const dl = element("dl");
  for (const [term, value] of pairs) {
    if (value === null || value === undefined || value === "") continue;
    dl.append(element("dt", term));
    const dd = element("dd");
    dd.append(value);
    dl.append(dd);
  }
  return dl;
}

export function showText(panel: HTMLElement, title: string, text: string) {
  const body = element("div");
  for (const line of text.split("\n")) body.append(element("p", line));
  panel.replaceChildren(element("h2", title), body);
}

/** A relationship drawn beside the entity, offered as a button (the keyboard's way to what a click on an edge shows). */
export interface DrawnRelationship { label: string; open: () => void }

export async function showEntity(panel: HTMLElement, id: string, asOf: string | null, drawn: DrawnRelationship[] = []) {
  const data = await query<{ entity: EntityDetails | null }>(
    `query($id: ID!) { entity(id: $id) { id name kind aliases description aliasDetails { name basis note }
      propertyBases { property basis note }
      figures { name amount unit qualifier year basis basisNote source { title } } relationshipCounts { type direction count } } }`, { id });
  const entity = data.entity;
  if (!entity) { showText(panel, "Not found", `No entity has the id ${id}.`); return; }
  const figures = element("ul");
  for (const f of entity.figures) {
    figures.append(element("li", `${f.name}: ${f.qualifier ? `${f.qualifier} ` : ""}${f.amount.toLocaleString("en")} ${f.unit ?? ""}` +
      `${f.year ? ` (${f.year})` : ""}${f.source ? `, per ${f.source.title}` : ""}${notStated(f.basis, f.basisNote)}`));
  }
  const aliases = entity.aliasDetails.map((a) => `${a.name}${a.basis === "STATED" ? "" : ` (${basisWord(a.basis)})`}`).join(", ");
  const unstated = element("ul");
  for (const p of entity.propertyBases) unstated.append(element("li", `${p.property}: ${basisWord(p.basis)}${p.note ? `. ${p.note}` : ""}`));
  for (const a of entity.aliasDetails.filter((a) => a.basis !== "STATED")) {
    unstated.append(element("li", `alias ${a.name}: ${basisWord(a.basis)}${a.note ? `. ${a.note}` : ""}`));
  }
  const counts = element("ul");
  for (const c of entity.relationshipCounts) counts.append(element("li", `${c.type} ${c.direction === "OUT" ? "out" : "in"}: ${c.count}`));
  const inView = element("ul");
  for (const relationship of drawn) {
    const button = element("button", relationship.label);
    button.type = "button";
    button.addEventListener("click", relationship.open);
    const item = element("li");
    item.append(button);
    inView.append(item);
  }
  panel.replaceChildren(element("h2", entity.name), list([
    ["Kind", entity.kind],
    ["Id", entity.id],
    ["Aliases", aliases],
    ["Description", entity.description],
    ["Not stated by the source", unstated.childElementCount > 0 ? unstated : null],
    ["Figures", entity.figures.length > 0 ? figures : null],
    ["Relationships", entity.relationshipCounts.length > 0 ? counts : null],
    ["Shown as of", asOf ?? "today"],
    ["Relationships in view", drawn.length > 0 ? inView : null],
  ]));
}

export function showRelationship(panel: HTMLElement, r: RelationshipData, selectEntity: (id: string) => void) {
  const end = (entity: { id: string; name: string }) => {
    const button = element("button", entity.name);
    button.type = "button";
    button.title = `Select ${entity.name}`;
    button.addEventListener("click", () => selectEntity(entity.id));
    return button;
  };
  let source: Node | null = null;
  if (r.source) {
    const span = element("span");
    const title = r.source.url ? Object.assign(element("a", r.source.title), { href: r.source.url, rel: "noreferrer" }) : element("span", r.source.title);
    span.append(title, `${r.source.publisher ? `, ${r.source.publisher}` : ""}` +
      `${r.source.publishedOn ? `, ${dated(r.source.publishedOn, r.source.publishedOnPrecision)}` : ""}`);
    source = span;
  }
  const how = [r.properties["what"], r.properties["via"] ? `via ${String(r.properties["via"])}` : null].filter(Boolean).join(", ");
  panel.replaceChildren(element("h2", `${r.from.name} ${r.type} ${r.to.name}`), list([
    ["Type", r.type],
    ["From", end(r.from)],
    ["To", end(r.to)],
    ["Status", r.status],
    ["Evidence", r.evidence],
    ["How it is known", r.basis ? `${basisWord(r.basis)}${r.basisNote ? `. ${r.basisNote}` : ""}` : null],
    ["Source", source],
    ["Reported on", r.reportedOn ? dated(r.reportedOn, r.reportedOnPrecision) : null],
    ["Valid from", r.validFrom ? dated(r.validFrom, r.validFromPrecision, "from") : null],
    ["Valid to", r.validTo ? dated(r.validTo, r.validToPrecision, "to") : null],
    ["Supplies", r.items.length > 0 ? r.items.map((i) => i.name).join(", ") : null],
    ["How", how],
  ]));
}

function basisWord(basis: Basis): string {
  return basis === "STATED" ? "stated by the source" : basis === "IMPLIED" ? "implied by the source" : "outside knowledge, not from the source";
}

function notStated(basis: Basis | null, note: string | null): string {
  return basis && basis !== "STATED" ? ` (${basisWord(basis)}${note ? `: ${note}` : ""})` : "";
}

const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A date as precisely as its source gives it: a week or month is named as such, not shown as its first or last day. */
export function dated(date: string, precision: DatePrecision | null, side: "from" | "to" | null = null): string {
  const [year, month, day] = date.split("-").map(Number);
  if (precision === "YEAR") return `${year} (the year)`;
  if (precision === "MONTH") return `${months[month - 1]} ${year} (the month)`;
  if (precision === "WEEK") {
    const stored = new Date(Date.UTC(year, month - 1, day));
    const monday = new Date(stored.getTime() - (side === "to" ? 6 : 0) * 86_400_000);
    return `the week of ${monday.toISOString().slice(0, 10)}`;
  }
  return date;
}
