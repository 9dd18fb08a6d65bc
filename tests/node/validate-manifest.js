// Validates a Teams app manifest against the schema bundled in @microsoft/app-manifest (offline).
// Usage: node validate-manifest.js path/to/manifest.json
// Prints one JSON line {"file": ..., "schema": ..., "errors": [...]} and exits 1 when there are errors.
'use strict';
const fs = require('fs');
const { AppManifestUtils } = require('@microsoft/app-manifest');

async function main() {
  const file = process.argv[2];
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  const errors = await AppManifestUtils.validateAgainstSchema(manifest);
  process.stdout.write(JSON.stringify({ file, schema: manifest.$schema, errors }) + '\n');
  process.exit(errors.length === 0 ? 0 : 1);
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack || e) + '\n');
  process.exit(2);
});
