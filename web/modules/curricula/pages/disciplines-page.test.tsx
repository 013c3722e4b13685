import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n.ts';
import { errorResponse, jsonResponse, meWithRoles } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { CS102, DEPARTMENT_ID, discipline, serveCurricula } from '../curricula.fixtures.ts';

describe('discipline catalog', () => {
  it('lists the disciplines (table and phone cards), passes the filters to the server and links each discipline', async () => {
    const api = serveCurricula();
    renderApp('/curricula/disciplines?q=cs&elective=false&language=ky', meWithRoles(['methodist']));
    const rows = await screen.findAllByTestId('discipline-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('link', { name: 'Основы программирования' }).getAttribute('href')).toBe(`/curricula/disciplines/${discipline().id}`);
    expect(rows[0]!.textContent).toContain('Экзамен');
    expect(screen.getAllByTestId('discipline-card')).toHaveLength(2);
    const search = new URL(api.requests.find((r) => r.url.startsWith('/api/disciplines'))!.url, 'http://x').searchParams;
    expect([search.get('q'), search.get('isElective'), search.get('language')]).toEqual(['cs', 'false', 'ky']);
    // a methodist reads the catalog but does not add to it
    expect(screen.queryByTestId('create-discipline')).toBeNull();
    expect(screen.getByTestId('nav-curricula-disciplines').getAttribute('aria-current')).toBe('page');
  });

  it('shows a discipline in the reader’s language with hours by kind and prerequisite links', async () => {
    serveCurricula();
    await i18n.changeLanguage('ky');
    renderApp(`/curricula/disciplines/${CS102.id}`, meWithRoles(['student'], { lang: 'ky' }));
    expect((await screen.findByTestId('discipline-heading')).textContent).toBe('Маалымат структуралары');
    expect(screen.getByText('Алгоритмдер жана алгачкы программалар.')).toBeTruthy();
    expect(within(screen.getByTestId('discipline-hours')).getByText('СӨИ (студенттин өз алдынча иши)')).toBeTruthy();
    expect(within(screen.getByTestId('discipline-prerequisite-links')).getByRole('link').getAttribute('href')).toBe(`/curricula/disciplines/${discipline().id}`);
    expect(screen.queryByTestId('edit-discipline')).toBeNull();
  });

  it('lets a department add a discipline and shows the server’s translated reasons on the fields', async () => {
    const api = serveCurricula({
      extra: ({ method }, path) =>
        path === '/api/disciplines' && method === 'POST'
          ? errorResponse(400, 'DISCIPLINE_INVALID', 'Дисциплина не сохранена: исправьте замечания ниже.', {
              findings: [{ code: 'HOURS_MISMATCH', message: 'ИН200: часов 0, а 5 кредитов × 30 ч = 150 ч.' }],
            })
          : path === '/api/units'
            ? jsonResponse(200, [{ id: DEPARTMENT_ID, kind: 'department', parentId: null, code: 'CS', name: { ru: 'Кафедра информатики', ky: 'Информатика кафедрасы', en: 'CS' }, subtype: null, isClosed: false, closedAt: null }])
            : null,
    });
    const me = meWithRoles(['department']);
    me.grants[0]!.scopeUnitId = DEPARTMENT_ID;
    renderApp('/curricula/disciplines', me);
    fireEvent.click(await screen.findByTestId('create-discipline'));
    fireEvent.change(await screen.findByTestId('discipline-code'), { target: { value: 'ИН200' } });
    fireEvent.change(screen.getByTestId('discipline-nameRu'), { target: { value: 'Базы данных' } });
    fireEvent.change(screen.getByTestId('discipline-nameKy'), { target: { value: 'Маалымат базалары' } });
    fireEvent.change(screen.getByTestId('discipline-nameEn'), { target: { value: 'Databases' } });
    fireEvent.click(screen.getByTestId('discipline-submit'));
    expect((await screen.findByTestId('discipline-hours-total')).textContent).toContain('ИН200: часов 0, а 5 кредитов × 30 ч = 150 ч.');
    const sent = api.requests.find((r) => r.method === 'POST')!.body as { code: string; departmentId: string; hours: Record<string, number> };
    expect(sent).toMatchObject({ code: 'ИН200', departmentId: DEPARTMENT_ID, hours: { lecture: 0, independent: 0 } });
    expect(screen.getByText('Дисциплина не сохранена: исправьте замечания ниже.')).toBeTruthy();
  });

  it('puts a validation issue of the server on its field, and sends only what changed', async () => {
    const own = discipline({ canManage: true });
    const api = serveCurricula({
      disciplines: [own],
      extra: ({ method }, path) =>
        path === `/api/disciplines/${own.id}` && method === 'PATCH'
          ? errorResponse(400, 'VALIDATION_FAILED', 'Некоторые поля заполнены неверно.', { issues: [{ field: 'nameKy', code: 'too_small', message: 'Поле «nameKy»: слишком короткое значение.' }] })
          : null,
    });
    renderApp(`/curricula/disciplines/${own.id}`, meWithRoles(['department']));
    fireEvent.click(await screen.findByTestId('edit-discipline'));
    const nameKy = await screen.findByTestId('discipline-nameKy');
    fireEvent.change(nameKy, { target: { value: 'Х' } });
    fireEvent.click(screen.getByTestId('discipline-submit'));
    expect(await screen.findByText('Поле «nameKy»: слишком короткое значение.')).toBeTruthy();
    expect(nameKy.getAttribute('aria-invalid')).toBe('true');
    expect(api.requests.find((r) => r.method === 'PATCH')!.body).toEqual({ nameKy: 'Х' });
  });
});

describe('catalog of electives', () => {
  it('is in the student’s navigation and lists only electives, as cards with descriptions', async () => {
    const elective = discipline({ id: '70000000-0000-4000-8000-000000000009', code: 'EL1', isElective: true, name: { ru: 'Веб-дизайн', ky: 'Веб-дизайн (кырг.)', en: 'Web design' } });
    const api = serveCurricula({ disciplines: [elective] });
    renderApp('/', meWithRoles(['student']));
    fireEvent.click(await screen.findByTestId('nav-curricula-electives'));
    const cards = await screen.findAllByTestId('discipline-card');
    expect(cards[0]!.textContent).toContain('Веб-дизайн');
    expect(cards[0]!.textContent).toContain('Алгоритмы и первые программы.');
    await waitFor(() => expect(api.requests.some((r) => r.url.includes('isElective=true'))).toBe(true));
    expect(screen.queryByTestId('nav-curricula-disciplines')).toBeNull();
    expect(screen.queryByTestId('nav-curricula-plans')).toBeNull();
  });
});
