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

  it('shows Students, Groups, Programs and Orders to the student personnel office', () => {
    const me = meWithRoles(['personnelOffice']);
    renderWithProviders(<AppNavbar viewer={me} />, { me });
    for (const section of ['students', 'groups', 'programs', 'orders']) expect(screen.getByTestId(`nav-${section}`)).toBeTruthy();
    expect(screen.getByTestId('nav-students').getAttribute('href')).toBe('/students');
    expect(screen.getByTestId('nav-orders').textContent).toContain('Приказы');
  });

  it('shows a curator Students and Groups but not Orders', () => {
    const me = meWithRoles(['curator']);
    renderWithProviders(<AppNavbar viewer={me} />, { me });
    expect(screen.getByTestId('nav-students')).toBeTruthy();
    expect(screen.getByTestId('nav-groups')).toBeTruthy();
    expect(screen.queryByTestId('nav-orders')).toBeNull();
  });

  it('shows the dean’s office Orders, which it drafts', () => {
    const me = meWithRoles(['deansOffice']);
    renderWithProviders(<AppNavbar viewer={me} />, { me });
    expect(screen.getByTestId('nav-students')).toBeTruthy();
    expect(screen.getByTestId('nav-orders')).toBeTruthy();
  });

  it('shows neither Students nor Orders to a student, a parent or a teacher (they read only their own cards)', () => {
    for (const role of ['student', 'parent', 'teacher'] as const) {
      const me = meWithRoles([role]);
      expect(me.abilities).toContain('students.student.read');
      const { unmount } = renderWithProviders(<AppNavbar viewer={me} />, { me });
      expect(screen.queryByTestId('nav-students'), role).toBeNull();
      expect(screen.queryByTestId('nav-orders'), role).toBeNull();
      unmount();
    }
  });
});
