// Times, in Chromium, how long the explorer takes from choosing an entity in the search to the drawn graph:
//   node measure.mjs <base address> <search text>=<entity id> [more…] [--runs N]
// Each run opens /explore afresh, types the text, waits for the entity's suggestion and clicks it; the page itself
// measures from the choice to the painted graph (performance.measure "choose-to-drawn": the API call, the drawing and
// the first paint; body[data-drawn-ms]), so the test driver's own overhead is left out. Prints the median, p95 and
// max per entity, and the drawn node and edge counts.
import { chromium } from "playwright-core";

const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 10;
const [base, ...targets] = args;
if (!base || targets.length === 0) {
  console.error("usage: node measure.mjs <base address> <search text>=<entity id> [more…] [--runs N]");
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.GRAPHEXPLORER_CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  for (const target of targets) {
    const [text, id] = target.split("=");
    const times = [];
    let nodes = 0;
    let edges = 0;
    for (let run = 0; run <= runs; run++) {
      await page.goto(new URL("/explore", base).toString());
      const search = page.getByRole("combobox", { name: "Search entities" });
      await search.fill(text);
      const option = page.locator(`#search-results li[data-id="${id}"]`);
      await option.waitFor();
      await option.click();
      await page.waitForSelector(`body[data-view="?focus=${id}"]`, { state: "attached", timeout: 30000 });
      const elapsed = Number(await page.locator("body").getAttribute("data-drawn-ms"));
      if (run > 0) times.push(elapsed); // the first run warms the server and the page's code
      nodes = Number(await page.locator("#graph").getAttribute("data-nodes"));
      edges = Number(await page.locator("#graph").getAttribute("data-edges"));
    }
    times.sort((a, b) => a - b);
    console.log(`${id}: ${nodes} nodes, ${edges} edges drawn; choose-to-drawn median ${percentile(times, 50).toFixed(0)} ms, ` +
      `p95 ${percentile(times, 95).toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms over ${times.length} runs`);
  }
} finally {
  await browser.close();
}
