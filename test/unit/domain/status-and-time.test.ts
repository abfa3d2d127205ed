import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../../shared/domain/errors';
import { ITEM_STATUSES } from '../../../shared/domain/item';
import { assertTransition, canTransition, REVIEW_ACTIONS } from '../../../shared/domain/status';
import { storedItem } from '../../support/items';
import { addMonths, almatyDate, almatyMonth, monthsOfYearTo, previousAlmatyMonth } from '../../../shared/domain/time';

describe('status transitions', () => {
  it('allows the review lifecycle and nothing else', () => {
    expect(canTransition('ignored', 'pending')).toBe(true);
    expect(canTransition('pending', 'approved')).toBe(true);
    expect(canTransition('pending', 'duplicate')).toBe(true);
    expect(canTransition('approved', 'pending')).toBe(true);
    expect(canTransition('ignored', 'approved')).toBe(false);
    expect(canTransition('rejected', 'approved')).toBe(false);
    expect(() => assertTransition('approve', storedItem({ status: 'duplicate' }))).toThrow(ConflictError);
    expect(ITEM_STATUSES.filter((from) => canTransition(from, 'pending')).sort()).toEqual(['approved', 'duplicate', 'ignored', 'rejected']);
  });

  it('gives each review action its preconditions and its resulting status', () => {
    expect(assertTransition('approve', storedItem({ status: 'pending' }))).toBe('approved');
    expect(assertTransition('merge', storedItem({ status: 'approved' }))).toBe('approved');
    expect(assertTransition('detach', storedItem({ status: 'rejected' }))).toBe('rejected');
    expect(() => assertTransition('enqueue', storedItem({ status: 'pending' }))).toThrow(/is pending: cannot enqueue it/);
    expect(() => assertTransition('edit', storedItem({ status: 'pending' }))).toThrow(ConflictError);
    // Every status change an action makes is one the lifecycle allows, and no other is allowed.
    for (const rule of Object.values(REVIEW_ACTIONS)) for (const from of rule.from) if (rule.to) expect(canTransition(from, rule.to)).toBe(true);
    expect(canTransition('duplicate', 'approved')).toBe(false);
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
