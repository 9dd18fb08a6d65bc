'use strict';
// Parses Adaptive Card JSON files (a card, or an object whose "card" property is one) with the official
// renderer library (adaptivecards 3.0.6), targeting card version 1.5 with the Microsoft Teams host config of
// adaptivecards-designer, and reports every warning.
//
//   node card-check.js <file-or-folder>...   (a folder means every *.json file in it)
//
// Prints {"checked": N, "warnings": {"<file>": ["<event>: <message>", ...]}} (files without warnings omitted)
// and exits 1 when any file has a warning or cannot be read, 2 on wrong usage.

const fs = require('fs');
const path = require('path');
const AC = require('adaptivecards/dist/adaptivecards.min.js');

const teamsLight = JSON.parse(fs.readFileSync(
  require.resolve('adaptivecards-designer/lib/hostConfigs/microsoft-teams-light.json'), 'utf8'));

function cardWarnings(json) {
  const card = new AC.AdaptiveCard();
  card.hostConfig = new AC.HostConfig(teamsLight);
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  const out = [];
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    out.push(`${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  for (const e of card.validateProperties().validationEvents) {
    out.push(`${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  if (json.type !== 'AdaptiveCard') out.push(`MissingCardType: type is ${JSON.stringify(json.type)}`);
  if (json.version !== '1.5') out.push(`UnexpectedVersion: version is ${JSON.stringify(json.version)}`);
  return out;
}

function expand(args) {
  const files = [];
  for (const arg of args) {
    if (fs.statSync(arg).isDirectory()) {
      for (const name of fs.readdirSync(arg).sort()) {
        if (name.endsWith('.json')) files.push(path.join(arg, name));
      }
    } else {
      files.push(arg);
    }
  }
  return files;
}

function main() {
  const args = process.argv.slice(2);
  if (args.length === 0) {
    console.error('usage: node card-check.js <file-or-folder>...');
    process.exit(2);
  }
  const warnings = {};
  const files = expand(args);
  for (const file of files) {
    let found;
    try {
      const json = JSON.parse(fs.readFileSync(file, 'utf8'));
      found = cardWarnings(json.type === undefined && json.card ? json.card : json);
    } catch (error) {
      found = [`Unreadable: ${error.message}`];
    }
    if (found.length > 0) warnings[file] = found;
  }
  process.stdout.write(JSON.stringify({ checked: files.length, warnings }, null, 2) + '\n');
  process.exit(Object.keys(warnings).length === 0 ? 0 : 1);
}

main();
