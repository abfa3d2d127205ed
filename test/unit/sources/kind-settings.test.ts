// The settings schemas the sources page validates with (kind-settings.ts) are the very ones each kind
// fetches with: a kind added to the kind table without its settings here, or with other ones, fails.
import { describe, expect, it } from 'vitest';
import { SOURCE_KIND_SETTINGS, sourceKindSettings } from '../../../shared/sources/kinds/kind-settings';
import { SOURCE_KIND_MODULES } from '../../../shared/sources/kinds/source-kinds';

describe('kind settings', () => {
  it('has the same schema as each kind module, for the same kinds', () => {
    expect(Object.keys(SOURCE_KIND_SETTINGS).sort()).toEqual(Object.keys(SOURCE_KIND_MODULES).sort());
    for (const [kind, module] of Object.entries(SOURCE_KIND_MODULES)) expect(sourceKindSettings(module.kind), kind).toBe(module.settings);
  });

  it('knows no kind outside the table', () => {
    expect(sourceKindSettings('rss-bridge' as never)).toBeUndefined();
    expect(sourceKindSettings('constructor' as never)).toBeUndefined();
  });
});
