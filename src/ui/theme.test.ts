import { describe, expect, it } from 'vitest';
import { parseThemeChoice, resolveTheme } from './theme';

describe('the theme', () => {
  const plain = { moreContrast: false, dark: false };

  it('is the one chosen, whatever the system prefers', () => {
    for (const system of [plain, { moreContrast: true, dark: true }]) {
      expect(resolveTheme('light', system)).toBe('light');
      expect(resolveTheme('dark', system)).toBe('dark');
      expect(resolveTheme('contrast', system)).toBe('contrast');
    }
  });

  it('follows the system on auto: more contrast first, then dark, else light', () => {
    expect(resolveTheme('auto', plain)).toBe('light');
    expect(resolveTheme('auto', { moreContrast: false, dark: true })).toBe('dark');
    expect(resolveTheme('auto', { moreContrast: true, dark: false })).toBe('contrast');
    expect(resolveTheme('auto', { moreContrast: true, dark: true })).toBe('contrast');
  });

  it('reads a remembered or given choice, anything unknown as auto', () => {
    expect(parseThemeChoice('dark')).toBe('dark');
    expect(parseThemeChoice('contrast')).toBe('contrast');
    expect(parseThemeChoice('auto')).toBe('auto');
    for (const odd of [null, undefined, '', 'Dark', 'high-contrast', 42, {}]) {
      expect(parseThemeChoice(odd)).toBe('auto');
    }
  });
});
