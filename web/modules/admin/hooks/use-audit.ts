import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listAudit, type AuditFilters } from '../api/audit-api.ts';

export function useAudit(filters: AuditFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['audit', filters, page, pageSize],
    queryFn: ({ signal }) => listAudit({ ...filters, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}
