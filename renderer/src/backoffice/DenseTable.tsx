import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
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
