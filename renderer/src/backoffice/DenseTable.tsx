import { Button, Group, Table } from '@mantine/core';
import type { ReactNode, Ref } from 'react';
import classes from './backoffice.module.css';

/**
 * The back office's list table: small type, tight rows, a header that stays put while the
 * rows scroll under it. Children are the Thead and Tbody; `below` scrolls with the rows
 * (an empty-list note, a Load more button).
 */
export function DenseTable({ testId, children, below }: { testId: string; children: ReactNode; below?: ReactNode }) {
  return (
    <div className={classes.scroll}>
      <Table fz="sm" verticalSpacing={4} highlightOnHover stickyHeader className={classes.table} data-testid={testId}>
        {children}
      </Table>
      {below}
    </div>
  );
}

/** The pages a keyset-paged list has read so far, as react-query's infinite query gives them. */
interface Pages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/**
 * The button under a paged list that reads its next page; `ref` (from useLoadMore) also
 * reads it once the button scrolls into view. Nothing when there is no next page.
 */
export function LoadMore({ pages, label, ref }: { pages: Pages; label: string; ref?: Ref<HTMLDivElement> }) {
  if (!pages.hasNextPage) return null;
  return (
    <Group ref={ref} justify="center" p="xs">
      <Button size="xs" variant="default" onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
        {label}
      </Button>
    </Group>
  );
}
