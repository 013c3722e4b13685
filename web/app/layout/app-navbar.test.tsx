import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meWithRoles } from '../../test/fixtures.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { AppNavbar } from './app-navbar.tsx';

describe('navbar', () => {
  it("shows Users, Audit log and Settings for an administrator's abilities", () => {
    const me = meWithRoles(['administrator']);
    renderWithProviders(<AppNavbar viewer={me} />, { me });
    for (const section of ['home', 'people', 'users', 'audit', 'settings']) expect(screen.getByTestId(`nav-${section}`)).toBeTruthy();
    expect(screen.getByTestId('nav-users').textContent).toContain('Пользователи');
    expect(screen.getByTestId('nav-users').getAttribute('href')).toBe('/admin/users');
  });

  it("hides People, Users, Audit log and Settings for a student's abilities", () => {
    const me = meWithRoles(['student']);
    renderWithProviders(<AppNavbar viewer={me} />, { me });
    expect(screen.getByTestId('nav-home')).toBeTruthy();
    for (const section of ['people', 'users', 'audit', 'settings']) expect(screen.queryByTestId(`nav-${section}`)).toBeNull();
  });

  it('shows a registrar People and Settings but not Users or Audit log', () => {
    const me = meWithRoles(['registrar']);
    renderWithProviders(<AppNavbar viewer={me} />, { me });
    expect(screen.getByTestId('nav-people')).toBeTruthy();
    expect(screen.getByTestId('nav-settings')).toBeTruthy();
    expect(screen.queryByTestId('nav-users')).toBeNull();
    expect(screen.queryByTestId('nav-audit')).toBeNull();
  });

  it('calls People "My children" for a parent', () => {
    const me = meWithRoles(['parent']);
    renderWithProviders(<AppNavbar viewer={me} />, { me });
    expect(screen.getByTestId('nav-people').textContent).toContain('Мои дети');
  });
});
