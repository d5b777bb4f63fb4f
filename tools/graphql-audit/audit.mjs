// Runs the graphql-http GraphQL-over-HTTP audit suite against a running endpoint.
// Usage: node audit.mjs http://127.0.0.1:5000/graphql
// Prints every result that is not ok and a summary line; exits 1 when any MUST fails (status "error").
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const results = await auditServer({ url, fetchFn: fetch });

const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const result of results) {
  counts[result.status] += 1;
  if (result.status === 'ok') {
    continue;
  }
  const reason = result.reason ? `: ${result.reason}` : '';
  console.log(`${result.status.toUpperCase()} ${result.id} ${result.name}${reason}`);
  if (result.response) {
    const body = await result.response.text().catch(() => '');
    console.log(`  -> ${result.response.status} ${result.response.headers.get('content-type') ?? ''} ${body.slice(0, 300)}`);
  }
}

console.log(`audit: ${counts.ok} ok, ${counts.notice} notice, ${counts.warn} warn, ${counts.error} error`);
process.exit(counts.error > 0 ? 1 : 0);
