import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../shared/domain/errors';
import { assertTransition, canTransition, statusesLeadingTo } from '../../../shared/domain/status';
import { addMonths, almatyDate, almatyMonth, monthsOfYearTo, previousAlmatyMonth } from '../../../shared/domain/time';

describe('status transitions', () => {
  it('allows the review lifecycle and nothing else', () => {
    expect(canTransition('ignored', 'pending')).toBe(true);
    expect(canTransition('pending', 'approved')).toBe(true);
    expect(canTransition('pending', 'duplicate')).toBe(true);
    expect(canTransition('approved', 'pending')).toBe(true);
    expect(canTransition('ignored', 'approved')).toBe(false);
    expect(canTransition('rejected', 'approved')).toBe(false);
    expect(() => assertTransition('duplicate', 'approved')).toThrow(ValidationError);
    expect(statusesLeadingTo('pending').sort()).toEqual(['approved', 'duplicate', 'ignored', 'rejected']);
  });
});

describe('Almaty calendar', () => {
  it('puts 23:59 on the last day of a month in Almaty into that month', () => {
    // Asia/Almaty is UTC+5 since 1 March 2024 (UTC+6 before).
    expect(almatyMonth('2024-10-31T18:59:00Z')).toBe('2024-10');
    expect(almatyMonth('2024-10-31T19:00:00Z')).toBe('2024-11');
    expect(almatyDate('2021-12-31T17:59:00Z')).toBe('2021-12-31');
    expect(almatyDate('2021-12-31T18:00:00Z')).toBe('2022-01-01');
  });
  it('does month arithmetic across years', () => {
    expect(addMonths('2024-01', -1)).toBe('2023-12');
    expect(addMonths('2023-12', 13)).toBe('2025-01');
    expect(previousAlmatyMonth(new Date('2026-11-30T20:00:00Z'))).toBe('2026-11');
    expect(monthsOfYearTo('2021-03')).toEqual(['2021-01', '2021-02', '2021-03']);
    expect(() => almatyDate('nonsense')).toThrow(/not a date/);
  });
});
