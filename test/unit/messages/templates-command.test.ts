import { describe, expect, it } from 'vitest';
import { createTemplatesCommand } from '../../../src/cli/templates-command.js';
import { defaultTemplates } from '../../../src/core/messages/default-templates.js';
import { main } from '../../../src/main/tact.js';
import { memoryIo } from '../../support/memory-io.js';

// `lint` never opens a store; the throwing opener makes sure of it.
const templatesCommand = createTemplatesCommand({
  openStore: () => {
    throw new Error('templates lint must not open a store');
  },
});

describe('tact templates lint', () => {
  it('is registered', async () => {
    const io = memoryIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out()).toContain('templates');
  });

  it('the default set is clean: exit 0, one line per template with segments and cost', async () => {
    const io = memoryIo();
    expect(await templatesCommand.run(['lint'], io)).toBe(0);
    const lines = io.out().trim().split('\n');
    expect(lines).toHaveLength(defaultTemplates.length + 1);
    expect(lines.at(-1)).toBe(`${defaultTemplates.length} templates, 0 with findings`);
    expect(io.out()).toMatch(/^ok {4}zh-CN\/sms\/borrower\/reminder\.dpd7 {2}ucs2 {2}\d+ chars {2}2 segments {2}¥0\.10$/m);
  });

  it('--locale, --price and --currency shape the report', async () => {
    const io = memoryIo();
    expect(await templatesCommand.run(['lint', '--locale', 'en', '--price', '3', '--currency', 'USD'], io)).toBe(0);
    expect(io.out()).not.toContain('zh-CN/');
    expect(io.out()).toMatch(/^ok {4}en\/sms\/third_party\/consent\.request {2}gsm7 {2}\d+ chars {2}2 segments {2}\$0\.06$/m);
  });

  it('a brand that names a loan fails the contact templates unless a neutral one is given', async () => {
    const loud = memoryIo();
    expect(await templatesCommand.run(['lint', '--locale', 'en', '--brand', 'Acme Loans'], loud)).toBe(1);
    expect(loud.out()).toContain('FAIL  en/sms/third_party/consent.request');
    const quiet = memoryIo();
    expect(await templatesCommand.run(['lint', '--locale', 'en', '--brand', 'Acme Loans', '--third-party-brand', 'Acme'], quiet)).toBe(0);
  });

  it('templates from stdin: findings print with rule and span, exit 1', async () => {
    const bad = [{ id: 'x', key: 'k', audience: 'third_party', channel: 'sms', locale: 'zh-CN', body: '请转告{borrowerName}尽快还款，后果自负', version: 1 }];
    const io = memoryIo(JSON.stringify(bad));
    expect(await templatesCommand.run(['lint', '-'], io)).toBe(1);
    expect(io.out()).toContain('third-party-debt [19:21] "还款"');
    expect(io.out()).toContain('threat [22:26] "后果自负"');
    expect(io.out()).toContain('1 templates, 1 with findings');
  });

  it('invalid input exits 2 with the code and the path', async () => {
    const notJson = memoryIo('{');
    expect(await templatesCommand.run(['lint', '-'], notJson)).toBe(2);
    expect(notJson.err()).toContain('TACT_ERR_MESSAGE_BAD_TEMPLATE');
    const shape = memoryIo(JSON.stringify([{ id: 'x', key: 'k', audience: 'contact', channel: 'sms', locale: 'zh-CN', body: '', version: 0 }]));
    expect(await templatesCommand.run(['lint', '-'], shape)).toBe(2);
    expect(shape.err()).toContain('at $[0].audience');
    expect(shape.err()).toContain('at $[0].version');
    for (const args of [['check'], ['lint', '--locale', 'fr'], ['lint', '--price', '-1'], ['lint', '--currency', 'XX'], ['lint', '--bogus']]) {
      const io = memoryIo();
      expect(await templatesCommand.run(args, io), args.join(' ')).toBe(2);
      expect(io.err()).toContain('TACT_ERR_CLI_BAD_ARGUMENT');
    }
  });
});
