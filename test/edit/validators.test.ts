import { describe, expect, it } from 'vitest';
import { checkDate, checkTime, checkZone } from '../../src/edit/validators.js';

describe('validate-as-you-type', () => {
  it.each(['9:30', '14:05', '09:00'])('accepts the time %s', (t) => expect(checkTime(t)).toBe(true));
  it('rejects 25:00 and says what a time looks like', () => expect(checkTime('25:00')).toBe('expected a time like 9:30 or 14:05 (H:MM, 24-hour)'));
  it('rejects a day that does not exist', () => expect(checkDate('2025-02-30')).toMatch(/expected a date like/));
  it('suggests the zone the user meant', () => expect(checkZone('Europe/Berln')).toMatch(/did you mean Europe\/Berlin\?/));
});
