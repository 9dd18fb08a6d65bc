'use strict';
// Starts MigrationBot (dotnet run, Development profile, http://localhost:3978) and the Microsoft 365 Agents Playground
// (http://localhost:56150) pointed at it, waits until both answer, prints the address to open, and stops both on Ctrl+C.
//
//   npm --prefix tests/node ci && npm --prefix tests/node run playground
//
// Environment: BOT_PORT (default 3978), PLAYGROUND_PORT (default 56150). The playground's log and events recording go
// to artifacts/playground/ at the repository root.

const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');

const repo = path.resolve(__dirname, '..', '..');
const botPort = Number(process.env.BOT_PORT || 3978);
const playgroundPort = Number(process.env.PLAYGROUND_PORT || 56150);
const botStartLimitMs = 5 * 60 * 1000; // dotnet run builds first
const playgroundStartLimitMs = 60 * 1000;
const cli = path.join(__dirname, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
const children = [];
let stopping = false;

function start(name, command, args, options) {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const prefix = (stream, out) => {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop();
      for (const line of lines) out.write(`[${name}] ${line}\n`);
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal || code}); stopping the rest.`);
      stop(1);
    }
  });
  return child;
}

function stop(exitCode) {
  stopping = true;
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM'); // the whole group: dotnet run and the bot it started
      } catch {
        // already gone
      }
    }
  }
  setTimeout(() => process.exit(exitCode), 500).unref();
}

async function waitFor(what, url, accept, limitMs) {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (stopping) throw new Error('stopped');
    try {
      const response = await fetch(url(), { signal: AbortSignal.timeout(2000) });
      if (await accept(response)) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} did not answer ${url()} within ${limitMs / 1000} s`);
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function main() {
  if (!fs.existsSync(cli)) {
    console.error('The Agents Playground is not installed: run "npm --prefix tests/node ci" first.');
    process.exit(1);
  }

  if (!(await portIsFree(botPort))) {
    console.error(`Port ${botPort} is in use (another bot?); stop it or set BOT_PORT to a free port.`);
    process.exit(1);
  }

  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));

  const playgroundDir = path.join(repo, 'artifacts', 'playground');
  fs.mkdirSync(playgroundDir, { recursive: true });

  console.log(`Starting MigrationBot on http://localhost:${botPort} (dotnet run, Development) ...`);
  start('bot', 'dotnet', ['run', '--project', path.join(repo, 'src', 'MigrationBot'), '--launch-profile', 'Development',
    '--', '--urls', `http://localhost:${botPort}`, `--Guide:PublicBaseUrl=http://localhost:${botPort}/guide/`], { cwd: repo });

  let listening = playgroundPort;
  const playground = start('playground', process.execPath, [cli, 'start',
    '-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '-p', String(playgroundPort),
    '--disable-telemetry', '--enable-events-recording'], {
    cwd: playgroundDir,
    env: {
      ...process.env,
      TEAMSAPPTESTER_BROWSER: 'none',
      M365_AGENTS_PLAYGROUND_LOGFILE: path.join(playgroundDir, 'playground.log'),
      M365_AGENTS_PLAYGROUND_RECORDING_FILE: path.join(playgroundDir, 'events.log'),
    },
  });
  playground.stdout.on('data', (chunk) => {
    const match = /Listening on (\d+)/.exec(String(chunk)); // it takes another port when the asked one is busy
    if (match) listening = Number(match[1]);
  });

  await waitFor('MigrationBot', () => `http://127.0.0.1:${botPort}/healthz`, async (r) => r.status === 200, botStartLimitMs);
  await waitFor('The playground', () => `http://127.0.0.1:${listening}/_debug/ping`,
    async (r) => r.ok && (await r.text()) === 'pong', playgroundStartLimitMs);

  console.log('');
  console.log(`MigrationBot is ready. Open http://localhost:${listening} and ask a question, e.g. "how do I move my S3 buckets to Azure".`);
  console.log('Press Ctrl+C to stop the bot and the playground.');
}

main().catch((e) => {
  if (!stopping) {
    console.error(e.message);
    stop(1);
  }
});
