import { ActionIcon } from '@mantine/core';
import { IconArchive, IconPencil } from '@tabler/icons-react';

/** A list row's pencil and archive buttons (archive only while the row is not archived), named for its row. */
export function EditArchiveActions(props: {
  editLabel: string;
  archiveLabel: string;
  archived: boolean;
  onEdit: () => void;
  onArchive: () => void;
}) {
  return (
    <>
      <ActionIcon variant="subtle" aria-label={props.editLabel} title={props.editLabel} onClick={props.onEdit}>
        <IconPencil size={16} />
      </ActionIcon>
      {!props.archived && (
        <ActionIcon variant="subtle" color="red" aria-label={props.archiveLabel} title={props.archiveLabel} onClick={props.onArchive}>
          <IconArchive size={16} />
        </ActionIcon>
      )}
    </>
  );
}
