/** Why a password is refused; each is an i18n key under `identity:passwordRule`. */
export type PasswordProblem = 'tooShort' | 'tooLong' | 'fewClasses' | 'containsUsername' | 'common';

const COMMON = new Set([
  'password', 'password1', 'password123', 'qwerty', 'qwerty123', 'qwertyuiop', '123456789', '1234567890',
  'йцукенгшщз', 'parol123', 'пароль123', 'admin12345', 'iloveyou', 'welcome123', 'letmein123',
]);

/**
 * The password strength rule: at least `minLength` characters (a setting), at most 128,
 * at least three kinds of characters (lower case, upper case, digits, other) unless the
 * password is a passphrase of 16 or more, never containing the username, never a common one.
 */
export function checkPasswordStrength(password: string, username: string, minLength: number): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < minLength) problems.push('tooShort');
  if (length > 128) problems.push('tooLong');
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}]/u].filter((re) => re.test(password)).length;
  if (classes < 3 && length < 16) problems.push('fewClasses');
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && password.toLowerCase().includes(name)) problems.push('containsUsername');
  if (COMMON.has(password.toLowerCase())) problems.push('common');
  return problems;
}
