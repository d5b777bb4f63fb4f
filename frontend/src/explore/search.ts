import { entityFields, query } from "./api";
import type { EntitySummary } from "./api";

const kindNames: Record<string, string> = {
  COMPANY: "company", PRODUCT: "product", CHIP: "chip", REGULATOR: "regulator", REGULATION: "regulation",
  PLACE: "place", FACILITY: "facility", PERSON: "person", DOCUMENT: "document",
};

/** The alias the typed text matched, when it matched no part of the name. */
export function matchedAlias(entity: EntitySummary, text: string): string | null {
  const needle = text.trim().toLowerCase();
  if (needle.length === 0 || entity.name.toLowerCase().includes(needle)) return null;
  return entity.aliases.find((alias) => alias.toLowerCase().includes(needle)) ?? null;
}

/** A combobox over the API's search (WAI-ARIA combobox with a listbox popup): type, then arrows and Enter, or click. */
export function attachSearch(input: HTMLInputElement, list: HTMLElement, choose: (entity: EntitySummary) => void) {
  let found: EntitySummary[] = [];
  let active = -1;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const highlight = (index: number) => {
    active = index;
    list.querySelectorAll("li").forEach((li, i) => li.setAttribute("aria-selected", String(i === index)));
    if (index >= 0) input.setAttribute("aria-activedescendant", `${list.id}-${index}`);
  };

  const pick = (index: number) => {
    const entity = found[index];
    if (!entity) return;
    input.value = entity.name;
    performance.mark("choose");
    close();
    choose(entity);
  };

  input.addEventListener("input", async () => {
    const text = input.value.trim();
    const ask = ++asked;
    if (text.length === 0) { close(); return; }
    try {
      const data = await query<{ search: EntitySummary[] }>(
        `query($text: String!) { search(text: $text, first: 10) { ${entityFields} } }`, { text });
      if (ask !== asked) return;
      found = data.search;
    } catch {
      found = [];
    }
    list.replaceChildren(...found.map((entity, i) => {
      const option = document.createElement("li");
      option.id = `${list.id}-${i}`;
      option.dataset.id = entity.id;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      const alias = matchedAlias(entity, text);
      option.append(entity.name);
      const note = document.createElement("small");
      note.textContent = `${kindNames[entity.kind] ?? entity.kind}${alias ? `, matched alias “${alias}”` : ""}`;
      option.append(note);
      option.addEventListener("mousedown", (event) => { event.preventDefault(); pick(i); });
      return option;
    }));
    if (found.length === 0) {
      const none = document.createElement("li");
      none.setAttribute("role", "option");
      none.setAttribute("aria-disabled", "true");
      none.textContent = "No entity matches";
      list.replaceChildren(none);
    }
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    highlight(found.length > 0 ? 0 : -1);
  });

  input.addEventListener("keydown", (event) => {
    if (list.hidden) return;
    if (event.key === "ArrowDown") { event.preventDefault(); highlight(Math.min(active + 1, found.length - 1)); }
    else if (event.key === "ArrowUp") { event.preventDefault(); highlight(Math.max(active - 1, 0)); }
    else if (event.key === "Enter") { event.preventDefault(); pick(active); }
    else if (event.key === "Escape") close();
  });
  input.addEventListener("blur", () => setTimeout(() => { if (document.activeElement !== input) close(); }, 150));
}
