'use strict';
// Checks every activity a bot sent to the Microsoft 365 Agents Playground, read from the playground's events-recording
// file (JSON objects separated by lines of "---"), with the Bot Framework activity schema of @microsoft/agents-activity.
//
//   node check-activities.js <recording file>
//
// Prints {"checked": N, "types": {"message": n, ...}, "errors": ["#<index> <type>: <problem>", ...]}
// and exits 1 when an activity is invalid, has an unknown type or the file cannot be read, 2 on wrong usage.

const fs = require('fs');
const { Activity, ActivityTypes } = require('@microsoft/agents-activity');

const FromBot = 'User Application -> Microsoft 365 Agents Playground';
const knownTypes = new Set(Object.values(ActivityTypes));

function readEvents(file) {
  return fs.readFileSync(file, 'utf8')
    .split(/^---$/m)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.length > 0)
    .map((chunk) => JSON.parse(chunk));
}

function check(file) {
  const result = { checked: 0, types: {}, errors: [] };
  const sent = readEvents(file).filter((e) => e.direction === FromBot && e.request && e.request.body
    && /\/v3\/conversations\/[^/]+\/activities(\/[^/]+)?$/.test(e.request.url));
  sent.forEach((event, index) => {
    const body = event.request.body;
    result.checked++;
    result.types[body.type] = (result.types[body.type] || 0) + 1;
    try {
      Activity.fromJson(JSON.stringify(body));
    } catch (e) {
      result.errors.push(`#${index} ${body.type}: ${e.message.replace(/\s+/g, ' ')}`);
    }
    if (!knownTypes.has(body.type)) {
      result.errors.push(`#${index}: unknown activity type ${JSON.stringify(body.type)}`);
    }
  });
  return result;
}

if (process.argv.length !== 3) {
  console.error('usage: node check-activities.js <recording file>');
  process.exit(2);
}

try {
  const result = check(process.argv[2]);
  console.log(JSON.stringify(result));
  process.exit(result.errors.length === 0 ? 0 : 1);
} catch (e) {
  console.log(JSON.stringify({ checked: 0, types: {}, errors: [`${process.argv[2]}: ${e.message}`] }));
  process.exit(1);
}
