/**
 * Checks of the Kyrgyz personal number (ПИН/ИНН) and passport numbers (FORMS.md §10).
 * A PIN is 14 digits: d1 sex (1 female, 2 male in the common reading), d2–d9 the birth date
 * DDMMYYYY, then a serial. A mismatch with the card's birth date or sex is a warning, never a
 * refusal: registry errors exist.
 */
export type PinProblem = 'format' | 'date';
export type PinWarning = 'birthDateMismatch' | 'genderMismatch';

export interface PinCheck {
  problems: PinProblem[];
  warnings: PinWarning[];
}

function dateFromPin(pin: string): Date | null {
  const day = Number(pin.slice(1, 3));
  const month = Number(pin.slice(3, 5));
  const year = Number(pin.slice(5, 9));
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? date : null;
}

/** Validates a PIN against the format, a real date not after `today`, and the card's birth date and sex. */
export function checkPersonalNumber(pin: string, today: Date, card: { birthDate?: string | null; gender?: 'female' | 'male' | null } = {}): PinCheck {
  if (!/^[12]\d{13}$/.test(pin)) return { problems: ['format'], warnings: [] };
  const born = dateFromPin(pin);
  if (!born || born.getTime() > today.getTime()) return { problems: ['date'], warnings: [] };
  const warnings: PinWarning[] = [];
  if (card.birthDate && card.birthDate !== born.toISOString().slice(0, 10)) warnings.push('birthDateMismatch');
  if (card.gender && card.gender !== (pin[0] === '1' ? 'female' : 'male')) warnings.push('genderMismatch');
  return { problems: [], warnings };
}

/** A passport number as stored: upper case, no spaces. */
export function normalizePassport(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

/** A Kyrgyz passport or ID card number: two Latin letters and seven digits (AN1234567, ID…, AC…). */
export function isKyrgyzPassport(raw: string): boolean {
  return /^[A-Z]{2}\d{7}$/.test(normalizePassport(raw));
}
