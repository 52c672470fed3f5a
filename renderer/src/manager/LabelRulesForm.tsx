import { ActionIcon, Alert, Button, Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  defaultInStoreRules,
  INSTORE_PREFIXES,
  inStoreRuleProblems,
  type InStoreRule,
  type InStoreRuleProblem,
} from '../../../shared/instore-rules';
import { useReplaceLabelRules } from '../api/hooks/use-admin';
import { useStoreFormat } from '../format/use-store-format';
import { errorMessage } from '../i18n/error-message';
import { decimalsChoices, newRule, SAMPLE_DIGITS, sampleValue, withKind } from './label-rule-edit';

/**
 * The store's in-store label rules, one card per rule in the order they are tried. Every
 * choice is a tap (a prefix list, kind and decimals as segments offering only what the
 * store's currency allows), and the same check as the core's runs as the manager edits.
 * Mounted with the rules already loaded, so the cards start from the saved set.
 */
export function LabelRulesForm({ rules: saved }: { rules: readonly InStoreRule[] }) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const exponent = fmt.currencyExponent;
  const replace = useReplaceLabelRules();
  const [rules, setRules] = useState<InStoreRule[]>(() => saved.map((r) => ({ ...r })));
  const problems = inStoreRuleProblems(rules, exponent);

  const edit = (next: InStoreRule[]) => {
    setRules(next);
    replace.reset();
  };
  const change = (index: number, rule: InStoreRule) => edit(rules.map((r, i) => (i === index ? rule : r)));
  const added = newRule(rules);

  const message = (p: InStoreRuleProblem): string => {
    switch (p.problem) {
      case 'too_many':
        return t('labels.problemTooMany', { max: p.max });
      case 'prefix':
        return t('labels.problemPrefix');
      case 'repeated_prefix':
        return t('labels.problemRepeated', { prefix: p.prefix });
      case 'kind':
        return t('labels.problemKind');
      case 'decimals':
        return t('labels.problemDecimals', { min: p.min, max: p.max });
    }
  };
  const example = (rule: InStoreRule): string => {
    const value = sampleValue(rule, exponent);
    if (value === null) return '';
    const shown = rule.kind === 'weight' ? fmt.qty(value, 'kg') : fmt.money(value);
    return t('labels.example', { digits: SAMPLE_DIGITS, value: shown });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (problems.length === 0) replace.mutate({ rules });
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text>{t('labels.intro')}</Text>
        {rules.length === 0 && <Text c="dimmed">{t('labels.none')}</Text>}
        {rules.map((rule, i) => {
          const n = i + 1;
          const own = problems.filter((p) => 'index' in p && p.index === i);
          return (
            <Paper key={i} withBorder p="sm" data-testid="label-rule" data-prefix={rule.prefix}>
              <Group align="flex-start" gap="sm" wrap="wrap">
                <Select
                  label={t('labels.prefix')}
                  aria-label={t('labels.prefixOf', { n })}
                  data={[...INSTORE_PREFIXES]}
                  value={rule.prefix}
                  onChange={(v) => v !== null && change(i, { ...rule, prefix: v })}
                  allowDeselect={false}
                  error={own.some((p) => p.problem === 'prefix' || p.problem === 'repeated_prefix')}
                  w={110}
                />
                <div>
                  <Text fz="lg" fw={500} mb={4}>
                    {t('labels.kind')}
                  </Text>
                  <SegmentedControl
                    aria-label={t('labels.kindOf', { n })}
                    value={rule.kind}
                    onChange={(v) => change(i, withKind(rule, v === 'price' ? 'price' : 'weight', exponent))}
                    data={[
                      { value: 'weight', label: t('labels.weight') },
                      { value: 'price', label: t('labels.price') },
                    ]}
                  />
                </div>
                <div>
                  <Text fz="lg" fw={500} mb={4}>
                    {t('labels.decimals')}
                  </Text>
                  <SegmentedControl
                    aria-label={t('labels.decimalsOf', { n })}
                    value={String(rule.decimals)}
                    onChange={(v) => change(i, { ...rule, decimals: Number(v) })}
                    data={decimalsChoices(rule.kind, exponent)}
                  />
                </div>
              </Group>
              <Group justify="space-between" mt="xs" wrap="nowrap">
                <Text c="dimmed" data-testid="label-rule-example">
                  {example(rule)}
                </Text>
                <ActionIcon
                  size={50}
                  variant="light"
                  color="red"
                  aria-label={t('labels.remove', { n })}
                  onClick={() => edit(rules.filter((_, j) => j !== i))}
                >
                  <IconTrash />
                </ActionIcon>
              </Group>
              {own.map((p, k) => (
                <Text key={k} c="red" fw={500} role="alert">
                  {message(p)}
                </Text>
              ))}
            </Paper>
          );
        })}
        {problems
          .filter((p) => p.problem === 'too_many')
          .map((p, k) => (
            <Text key={k} c="red" fw={500} role="alert">
              {message(p)}
            </Text>
          ))}
        {replace.isError && (
          <Alert color="red" role="alert">
            {errorMessage(t, replace.error)}
          </Alert>
        )}
        {replace.isSuccess && (
          <Alert color="green" role="status">
            {t('labels.saved')}
          </Alert>
        )}
        <Group justify="space-between">
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconPlus />}
              disabled={added === null}
              onClick={() => added !== null && edit([...rules, added])}
            >
              {t('labels.add')}
            </Button>
            <Button variant="subtle" onClick={() => edit(defaultInStoreRules(exponent))}>
              {t('labels.defaults')}
            </Button>
          </Group>
          <Button type="submit" loading={replace.isPending} disabled={problems.length > 0}>
            {t('labels.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
