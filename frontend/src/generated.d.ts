// Modules the bundler makes at build time (build.mjs), from files that are the one source for them.

declare module "grass:style" {
  /** cypher/browser/graph-explorer.grass, read: the Neo4j Browser style, per label, that the explorer draws with too. */
  const style: Record<string, { color?: string; "border-color"?: string; "text-color-internal"?: string; diameter?: string; caption?: string }>;
  export default style;
}

declare module "readme:examples" {
  /** The README's GraphQL examples, each with the heading above it. */
  const examples: { title: string; query: string }[];
  export default examples;
}
