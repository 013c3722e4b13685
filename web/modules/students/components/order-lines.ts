import type { TFunction } from 'i18next';
import { orderParams, type OrderDto, type OrderParams } from '../../../../shared/modules/students/students.contracts.ts';

export interface LineContext {
  t: TFunction;
  /** a calendar day as the language writes it */
  day: (value: string) => string;
  /** a group's code by id ('…' while unknown) */
  groupCode: (id: string) => string;
}

/** What an order line changes, in words: group, form, funding, kind of leave, reason of expulsion. */
export function lineDetails(params: OrderParams, { t, day, groupCode }: LineContext): string[] {
  const group = (id: string | undefined) => (id ? [t('students:document.toGroup', { group: groupCode(id) })] : []);
  const funding = (value: string | undefined) => (value ? [t('students:document.funding', { value: t(`students:funding.${value}`) })] : []);
  switch (params.kind) {
    case 'enrol':
    case 'restore':
      return [...group(params.groupId), ...funding(params.funding)];
    case 'transfer':
      return [
        ...group(params.groupId),
        ...(params.studyForm ? [t('students:document.studyForm', { value: t(`students:studyForm.${params.studyForm}`) })] : []),
        ...funding(params.funding),
      ];
    case 'academicLeave':
      return [t(`students:leaveKind.${params.leaveKind}`), ...(params.until ? [t('students:document.until', { date: day(params.until) })] : [])];
    case 'returnFromLeave':
      return group(params.groupId);
    case 'expel':
      return [t(`students:expelReason.${params.reason}`)];
    case 'graduate':
      return [];
  }
}

/** One numbered item of the document: verb, the student's full name, what changes, from which day. */
export function orderLineText(order: Pick<OrderDto, 'effectiveDate'>, item: OrderDto['items'][number], context: LineContext): string {
  const parsed = orderParams.safeParse(item.params);
  const { t, day } = context;
  if (!parsed.success) return t('students:document.lineUnknown', { name: item.studentName, date: day(order.effectiveDate) });
  const details = lineDetails(parsed.data, context);
  const values = { verb: t(`students:orderVerb.${parsed.data.kind}`), name: item.studentName, date: day(order.effectiveDate) };
  return details.length > 0
    ? t('students:document.lineWithDetails', { ...values, details: details.join(', ') })
    : t('students:document.line', values);
}
