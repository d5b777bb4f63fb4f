/** What the page shows, kept in the address so a view can be shared and the back button works. */
export interface ViewState {
  focus: string | null;
  mode: "neighborhood" | "supply" | "owners" | "exposure" | "paths";
  asOf: string | null;
  direction: "UPSTREAM" | "DOWNSTREAM";
  to: string | null;
  documents: boolean;
  /** Only relationships the sources state, leaving out what they imply and background knowledge. */
  stated: boolean;
  expanded: string[];
}

const modes = ["neighborhood", "supply", "owners", "exposure", "paths"] as const;

export function readState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const mode = params.get("mode");
  return {
    focus: params.get("focus"),
    mode: (modes as readonly string[]).includes(mode ?? "") ? (mode as ViewState["mode"]) : "neighborhood",
    asOf: /^\d{4}-\d{2}-\d{2}$/.test(params.get("asOf") ?? "") ? params.get("asOf") : null,
    direction: params.get("direction") === "DOWNSTREAM" ? "DOWNSTREAM" : "UPSTREAM",
    to: params.get("to"),
    documents: params.get("documents") === "1",
    stated: params.get("stated") === "1",
    expanded: (params.get("expanded") ?? "").split(",").filter((id) => id.length > 0),
  };
}

export function writeState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.focus) params.set("focus", state.focus);
  if (state.mode !== "neighborhood") params.set("mode", state.mode);
  if (state.asOf) params.set("asOf", state.asOf);
  if (state.mode === "supply" && state.direction !== "UPSTREAM") params.set("direction", state.direction);
  if (state.mode === "paths" && state.to) params.set("to", state.to);
  if (state.documents) params.set("documents", "1");
  if (state.stated) params.set("stated", "1");
  if (state.mode === "neighborhood" && state.expanded.length > 0) params.set("expanded", state.expanded.join(","));
  const text = params.toString();
  return text.length > 0 ? `?${text}` : "";
}
