import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDay, fullName, isoDayIn, parseDayInput, zonedDayStart } from './format.ts';

describe('format', () => {
  it('shows dates as dd.mm.yyyy in ru and ky, in the given time zone', () => {
    // 2024-03-31T20:30Z is already 1 April in Bishkek (UTC+6)
    expect(formatDate('2024-03-31T20:30:00Z', 'ru', 'Asia/Bishkek')).toBe('01.04.2024');
    expect(formatDate('2024-03-31T20:30:00Z', 'ky', 'UTC')).toBe('31.03.2024');
    expect(formatDate('2024-03-31T20:30:00Z', 'en', 'UTC')).toBe('31/03/2024');
    expect(formatDateTime('2024-03-31T20:30:00Z', 'ru', 'Asia/Bishkek')).toBe('01.04.2024 02:30');
    expect(formatDate(null, 'ru', 'UTC')).toBe('');
  });

  it("turns a calendar day into the instant it starts in the university's zone", () => {
    expect(zonedDayStart('2024-04-01', 'Asia/Bishkek')).toBe('2024-03-31T18:00:00.000Z');
    expect(zonedDayStart('2024-04-01', 'Asia/Bishkek', 1)).toBe('2024-04-01T18:00:00.000Z');
    expect(zonedDayStart('2024-03-31', 'Europe/Berlin', 1)).toBe('2024-03-31T22:00:00.000Z');
    expect(zonedDayStart('nonsense', 'UTC')).toBeNull();
  });

  it('writes names as documents need them', () => {
    expect(fullName({ lastName: 'Асанов', firstName: 'Бакыт', patronymic: 'Маратович' })).toBe('Асанов Бакыт Маратович');
    expect(fullName({ lastName: 'Smith', firstName: 'Anna', patronymic: null })).toBe('Smith Anna');
  });
});

describe('calendar days', () => {
  it('writes, parses and finds days without shifting them across zones', () => {
    expect(formatDay('2025-09-01', 'ru')).toBe('01.09.2025');
    expect(formatDay('2025-09-01', 'en')).toBe('01/09/2025');
    expect(formatDay(null, 'ru')).toBe('');
    expect(isoDayIn('Asia/Bishkek', new Date('2024-03-31T20:30:00Z'))).toBe('2024-04-01');
    expect(parseDayInput('1.9.2025')).toBe('2025-09-01');
    expect(parseDayInput('01/09/2025')).toBe('2025-09-01');
    expect(parseDayInput('2025-09-01')).toBe('2025-09-01');
    expect(parseDayInput('31.02.2025')).toBeNull();
    expect(parseDayInput('soon')).toBeNull();
  });
});
