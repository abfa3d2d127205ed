// `rules explain` and `rules reference`; docs/classifier-rules.md must be the current generated page.
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { rulesReference } from '../../../shared/classify/rules-reference';
import { defaultRules } from '../../../shared/classify/rules/index';
import { RULE_NOTES } from '../../../shared/classify/rules/rule-notes';
import { rulesCommand } from '../../../shared/cli/commands/rules';

async function run(args: string[]): Promise<{ code: number; stdout: string }> {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  const code = await rulesCommand.run(args, { stdin: new PassThrough(), stdout, stderr: new PassThrough(), env: {} });
  return { code, stdout: out };
}

describe('rules command', () => {
  it('explains a flagged text with the rule, the category and the words', async () => {
    const { code, stdout } = await run(['explain', '--title', 'Тілші ұсталды', 'Полиция Атырауда тілшіні ұстады.']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^FLAGGED .*categories \[detention\].*language kk/);
    // The word class a term came from is named: journalist-class «тілші*» NEAR …
    expect(stdout).toContain('journalist-class «тілші*» NEAR');
    expect(stdout).toContain('"regions":["Atyrau Region"]');
  });

  it('names both word classes of a rule that combines them', async () => {
    const { stdout } = await run(['explain', 'Поэта оштрафовали за стихотворение в соцсетях.']);
    expect(stdout).toMatch(/^FLAGGED .*categories \[administrative\]/);
    expect(stdout).toMatch(/speaker-class «поэт\*» NEAR fine-class «оштрафова\*» → administrative/);
  });

  it('says when nothing matched', async () => {
    const { stdout } = await run(['explain', 'Завтра в Астане солнечно.']);
    expect(stdout).toMatch(/^not flagged/);
    expect(stdout).toContain('no rule matched');
  });

  it('prints a reference that names every rule and every category', async () => {
    const { stdout } = await run(['reference']);
    for (const rule of defaultRules.rules) expect(stdout).toContain(`**${rule.id}**`);
    expect(stdout).toContain('## access_to_information');
    expect(stdout).toContain('NEAR/');
  });

  it('keeps docs/classifier-rules.md in step with the rules (regenerate with `rules reference`)', () => {
    const page = readFileSync(new URL('../../../docs/classifier-rules.md', import.meta.url), 'utf8');
    expect(page).toBe(rulesReference(defaultRules));
  });

  it('prints every rule note beside its rule, and every note names a rule, an exclusion, a mask or a yield', () => {
    const ids = new Set([...defaultRules.rules.map((r) => r.id), ...(defaultRules.yields ?? []).map((y) => y.id)]);
    const page = rulesReference(defaultRules);
    for (const [id, note] of Object.entries(RULE_NOTES)) {
      expect(ids.has(id), id).toBe(true);
      expect(page).toContain(`- **${id}**`);
      expect(page).toContain(` — ${note}`);
    }
  });

  it('rejects an unknown subcommand', async () => {
    await expect(run(['frobnicate'])).rejects.toThrow(/unknown subcommand/);
  });
});
