// `npm run bench -- portal [seconds] [connections]`: the public portal's /v/CODE under
// load, against a bare Fastify route serving a static string, in the same run.
//
// Method (fair to both): this process is the server. It holds the whole Tact app (helmet,
// rate limits, auth hook, guards, cookies, SQLite file with 20,000 sent messages in two
// tenants) and, on a second port, a bare Fastify app with one route. The load generator
// is autocannon's CLI in a CHILD process (its own event loop and core), pointed at one
// server at a time: warm-up, then bare, portal, bare, portal, so drift hits both. Each
// server thus competes with the same client for the same CPUs; neither shares its event
// loop with the load generator. Besides requests/s and latency, the server process's own
// CPU time per request (process.cpuUsage over the run / requests answered) is printed: on
// a busy machine it is steadier than wall-clock numbers.
//
// Rate limit: every request comes from 127.0.0.1, so the product default (120/min per
// address on public routes, TACT_PUBLIC_RATE_LIMIT) would answer 429 after 120 requests.
// The bench builds the server with publicRateLimitPerMinute = 100,000,000: the limiter
// still runs and counts every request (its cost is measured), it just never trips. A 429
// or any other non-2xx counts as an error in the output.
//
// Prints one JSON line. Goal: portal ≥ 40 % of bare requests/s, portal p99 < 25 ms.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import Fastify from 'fastify';
import { openSqliteStore } from '../src/adapters/storage/sqlite/open-sqlite-store.js';
import { createNodeCipher } from '../src/adapters/system/node-cipher.js';
import type { Logger } from '../src/app/ports/logger.js';
import type { NewMessage } from '../src/app/ports/store-records.js';
import { formatVerificationCode } from '../src/core/messages/verification-code.js';
import { tenantId } from '../src/core/model/ids.js';
import { buildServer } from '../src/http/build-server.js';

const seconds = Number(process.argv[2] ?? 10);
const connections = Number(process.argv[3] ?? 100);
const quiet: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined, child: () => quiet };

const dir = mkdtempSync(join(tmpdir(), 'tact-bench-portal-'));
const handle = openSqliteStore({ path: join(dir, 'tact.db'), cipher: createNodeCipher(randomBytes(32)), logger: quiet, now: Date.now });
await handle.migrate();
const store = handle.store;
let code = '';
for (const [i, t] of ['bench-a', 'bench-b'].entries()) {
  const tenant = tenantId(t);
  await store.createTenant(tenant, { name: '示例金融', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'bench');
  const records = Array.from({ length: 1000 }, (_, k) => ({
    line: k + 2, externalId: `acc-${k}`, product: 'loan', currency: 'CNY', principalMinor: 100_000, balanceMinor: 80_000, overdueMinor: 10_000,
    dueDate: '2026-10-01', daysPastDue: 10, status: 'overdue' as const, flags: [],
    borrower: { name: '借款人', phoneE164: `+86138${i}${String(k).padStart(7, '0')}`, timeZones: ['Asia/Shanghai'], locale: 'zh-CN' as const },
    contacts: [],
  }));
  await store.upsertImportBatch(tenant, records, 'bench');
  const messages: NewMessage[] = [];
  for (let k = 0; k < 1000; k += 1) {
    const acc = (await store.getAccountByExternalId(tenant, `acc-${k}`))!;
    const person = (await store.listAccountPeople(tenant, acc.id))[0]!;
    for (let j = 0; j < 10; j += 1) {
      const c = formatVerificationCode(randomBytes(5));
      if (code === '') code = c;
      messages.push({ accountIds: [acc.id], personId: person.personId, party: 'borrower', channel: 'sms', purpose: 'collection', to: records[k]!.borrower.phoneE164,
        body: '提醒', state: 'delivered', decision: {}, scheduledAt: Date.now() - j * 86_400_000, verificationCode: c });
    }
  }
  for (let k = 0; k < messages.length; k += 1000) await store.insertMessages(tenant, messages.slice(k, k + 1000), 'bench');
}

const { app } = await buildServer({
  store, clock: { now: Date.now }, logger: quiet,
  config: { publicBaseUrl: 'http://127.0.0.1', cookieSecret: randomBytes(32).toString('hex'), secureCookies: false, publicRateLimitPerMinute: 100_000_000 },
});
const bare = Fastify({ logger: false });
bare.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send('<!doctype html><p>ok</p>'));
const portalUrl = await app.listen({ host: '127.0.0.1', port: 0 });
const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 });

const check = await fetch(`${portalUrl}/v/${code}`);
const page = await check.text();
if (check.status !== 200 || !page.includes('这条短信是真实的')) throw new Error(`portal did not answer a genuine page (${check.status})`);

interface Run { readonly rps: number; readonly p99: number; readonly p50: number; readonly errors: number; readonly cpuUsPerRequest: number }
interface CannonJson {
  readonly requests: { readonly average: number; readonly total: number };
  readonly latency: { readonly p50: number; readonly p99: number };
  readonly errors: number; readonly timeouts: number; readonly non2xx: number;
}
const cannon = createRequire(import.meta.url).resolve('autocannon/autocannon.js');
const load = (url: string, duration: number): Promise<CannonJson> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cannon, '--json', '-n', '-c', String(connections), '-p', '1', '-d', String(duration), url], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => { out += s; });
    child.on('error', reject);
    child.on('close', (status) => (status === 0 ? resolve(JSON.parse(out) as CannonJson) : reject(new Error(`autocannon exited with ${status}`))));
  });
const run = async (url: string, duration: number): Promise<Run> => {
  const before = process.cpuUsage();
  const r = await load(url, duration);
  const cpu = process.cpuUsage(before);
  return {
    rps: r.requests.average, p99: r.latency.p99, p50: r.latency.p50, errors: r.errors + r.timeouts + r.non2xx,
    cpuUsPerRequest: (cpu.user + cpu.system) / Math.max(1, r.requests.total),
  };
};
const half = Math.max(1, Math.round(seconds / 2));
await run(`${bareUrl}/`, 1); // warm-up
await run(`${portalUrl}/v/${code}`, 1);
const load1 = loadavg()[0]!;
const bares = [await run(`${bareUrl}/`, half)];
const portals = [await run(`${portalUrl}/v/${code}`, half)];
bares.push(await run(`${bareUrl}/`, half));
portals.push(await run(`${portalUrl}/v/${code}`, half));
const mean = (xs: readonly Run[], k: 'rps' | 'p99' | 'p50' | 'cpuUsPerRequest'): number => xs.reduce((a, x) => a + x[k], 0) / xs.length;
const portalRps = mean(portals, 'rps');
const bareRps = mean(bares, 'rps');
const round1 = (x: number): number => Math.round(x * 10) / 10;
console.log(JSON.stringify({
  bench: 'portal',
  route: '/v/CODE',
  method: 'servers in this process, autocannon CLI in a child process, alternated bare/portal',
  connections,
  seconds: 2 * half,
  portal: { requestsPerSec: Math.round(portalRps), p50Ms: mean(portals, 'p50'), p99Ms: mean(portals, 'p99'), errors: portals.reduce((a, x) => a + x.errors, 0), bytes: page.length, serverCpuUsPerRequest: round1(mean(portals, 'cpuUsPerRequest')) },
  bare: { requestsPerSec: Math.round(bareRps), p50Ms: mean(bares, 'p50'), p99Ms: mean(bares, 'p99'), errors: bares.reduce((a, x) => a + x.errors, 0), serverCpuUsPerRequest: round1(mean(bares, 'cpuUsPerRequest')) },
  ratioToBare: Number((portalRps / bareRps).toFixed(3)),
  cpuRatioToBare: Number((mean(bares, 'cpuUsPerRequest') / mean(portals, 'cpuUsPerRequest')).toFixed(3)),
  goal: { ratio: 0.4, p99Ms: 25, met: portalRps / bareRps >= 0.4 && mean(portals, 'p99') < 25 },
  loadAverage: { atStart: Number(load1.toFixed(2)), atEnd: Number(loadavg()[0]!.toFixed(2)) },
  cpus: cpus().length,
}));
await app.close();
await bare.close();
await handle.close();
rmSync(dir, { recursive: true, force: true });
