import { Button, FileButton, Group, Input } from '@mantine/core';
import { IconPhoto, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductDetailView } from '../../../../shared/domain/products';
import { useProductImage, useSetImage } from '../../api/hooks/use-bo-products';
import { errorMessage } from '../../i18n/error-message';
import classes from '../backoffice.module.css';

const TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
type ImageType = (typeof TYPES)[number];
// The contract's limit on the file, before base64 makes it a third larger.
const MAX_BYTES = 2 * 1024 * 1024;

/** The file's bytes as base64, read by the browser (no Node here). */
function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The product's picture: chosen from a file, stored by the core in the data folder. */
export function ImageField({ product }: { product: ProductDetailView }) {
  const { t } = useTranslation();
  const image = useProductImage(product.id, product.image);
  const setImage = useSetImage();
  const [problem, setProblem] = useState<string | null>(null);
  const choose = async (file: File | null) => {
    if (file === null) return;
    const type = TYPES.find((x): x is ImageType => x === file.type);
    if (type === undefined) return setProblem(t('boForm.imageType'));
    if (file.size > MAX_BYTES) return setProblem(t('boForm.imageTooBig'));
    setProblem(null);
    setImage.mutate({ id: product.id, type, data: await toBase64(file) });
  };
  const src = image.data ? `data:${image.data.type};base64,${image.data.data}` : null;
  return (
    <Input.Wrapper
      label={t('boForm.image')}
      size="sm"
      error={problem ?? (setImage.isError ? errorMessage(t, setImage.error) : undefined)}
    >
      <Group gap="sm" mt={4} align="center">
        {src !== null && (
          <img
            src={src}
            alt={t('boForm.imageAlt', { name: product.name })}
            className={classes.preview}
            data-testid="bo-image"
          />
        )}
        <FileButton onChange={(f) => void choose(f)} accept={TYPES.join(',')}>
          {(props) => (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPhoto size={14} />}
              loading={setImage.isPending}
              {...props}
            >
              {t('boForm.imageChoose')}
            </Button>
          )}
        </FileButton>
        {product.image !== null && (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={14} />}
            onClick={() => setImage.mutate({ id: product.id, type: null, data: null })}
          >
            {t('boForm.imageRemove')}
          </Button>
        )}
      </Group>
    </Input.Wrapper>
  );
}
