import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../shared/access/permissions.ts';
import { AppNavbar } from '../../../app/layout/app-navbar.tsx';
import { meWithRoles } from '../../../test/fixtures.ts';
import { renderWithProviders } from '../../../test/render.tsx';

const entries = () => screen.queryAllByTestId(/^nav-curricula-/).map((el) => el.getAttribute('data-testid'));

describe('curricula navigation', () => {
  it.each<[Role, string[]]>([
    ['department', ['nav-curricula-disciplines', 'nav-curricula-plans']],
    ['registrar', ['nav-curricula-disciplines', 'nav-curricula-plans']],
    ['student', ['nav-curricula-electives']],
    ['cashier', ['nav-curricula-disciplines']],
    ['parent', []],
  ])('%s sees %j', (role, expected) => {
    const me = meWithRoles([role]);
    renderWithProviders(<AppNavbar viewer={me} />, { me });
    expect(entries()).toEqual(expected);
  });

  it('names the entries in the reader’s language', () => {
    const me = meWithRoles(['student']);
    renderWithProviders(<AppNavbar viewer={me} />, { me });
    expect(screen.getByTestId('nav-curricula-electives').textContent).toBe('Дисциплины по выбору (КЭД)');
    expect(screen.getByTestId('nav-curricula-electives').getAttribute('href')).toBe('/curricula/electives');
  });
});
