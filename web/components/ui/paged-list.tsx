import { EmptyState } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { LoadingState } from './loading-state.tsx';
import { PagedFooter } from './paged-footer.tsx';
import { QueryError } from './query-error.tsx';

interface PageData<T> {
  items: T[];
  total: number;
  totalCapped?: boolean;
}

interface PagedListProps<T> {
  query: UseQueryResult<PageData<T>>;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  empty: { icon: ReactNode; title: string; description?: string | undefined };
  /** the table of one page */
  children: (items: T[]) => ReactNode;
}

/** A paged list's states in one place: loading, error, a helpful empty state, the table and its pages. */
export function PagedList<T>({ query, page, pageSize, onPage, empty, children }: PagedListProps<T>) {
  if (query.isPending) return <LoadingState />;
  if (query.error) return <QueryError error={query.error} />;
  if (query.data.items.length === 0) return <EmptyState icon={empty.icon} title={empty.title} description={empty.description} />;
  return (
    <>
      {children(query.data.items)}
      <PagedFooter page={page} pageSize={pageSize} total={query.data.total} totalCapped={query.data.totalCapped ?? false} onPage={onPage} />
    </>
  );
}
