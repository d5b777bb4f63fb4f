// Screenshots of the explorer on the seed graph for the README: node screenshots.mjs [base address]
// Start the API first (dotnet run --project src/GraphExplorer.Api); Chromium is Debian's (GRAPHEXPLORER_CHROMIUM overrides).
import { chromium } from "playwright-core";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const base = process.argv[2] ?? "http://localhost:5000";
const docs = resolve(dirname(fileURLToPath(import.meta.url)), "../docs/images");
const views = [
  { file: "explorer-bytedance-suppliers.png", path: "/explore?focus=bytedance&mode=supply&asOf=2025-01-23", view: "?focus=bytedance&mode=supply&asOf=2025-01-23" },
  { file: "explorer-nvidia-to-tiktok.png", path: "/explore?focus=nvidia&mode=paths&to=tiktok", view: "?focus=nvidia&mode=paths&to=tiktok" },
  { file: "explorer-bytedance-neighbourhood.png", path: "/explore?focus=bytedance", view: "?focus=bytedance" },
];

const browser = await chromium.launch({
  executablePath: process.env.GRAPHEXPLORER_CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  for (const { file, path, view } of views) {
    await page.goto(new URL(path, base).toString());
    await page.waitForSelector(`body[data-view="${view}"]`, { timeout: 20000 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(docs, file) });
    console.log(`docs/images/${file}`);
  }
} finally {
  await browser.close();
}
