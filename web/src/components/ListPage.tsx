// A list the server gives a page at a time (`next_cursor`), with its filter
// kept in the page's address: a filtered list can be linked to, and the back
// button goes back through the filters and the pages. One place for the
// filter form, "Next page", and what shows while loading, on failure and when
// the list is empty ("none yet" and "none match the filter" are different
// messages).

import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { buildPath } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Link, navigate, useLocation } from '../router/router';
import { FailureMessage } from './FailureMessage';
import { Loading } from './Loading';
import type { Resource } from './useResource';

export type UrlFilter<Key extends string> = {
  // The values in the address, which the list is loaded for ('' for none).
  applied: Record<Key, string>;
  // The cursor of the page shown, when it is not the first.
  after: string | undefined;
  filtered: boolean;
  // A filter field's value as typed or chosen, before "Apply filter".
  field: (key: Key) => { value: string; onValue: (value: string) => void };
  apply: (event: Event) => void;
  clearHref: string;
  nextHref: (cursor: string) => string;
};

export function useUrlFilter<Key extends string>(path: string, keys: readonly Key[]): UrlFilter<Key> {
  const { search } = useLocation();
  const applied = Object.fromEntries(keys.map((key) => [key, search.get(key) ?? ''])) as Record<Key, string>;
  const [draft, setDraft] = useState(applied);

  // Keep the filter fields in step with the address when the back button is used.
  useEffect(() => setDraft(applied), keys.map((key) => applied[key]));

  return {
    applied,
    after: search.get('after') || undefined,
    filtered: keys.some((key) => applied[key] !== ''),
    field: (key) => ({ value: draft[key], onValue: (value) => setDraft((current) => ({ ...current, [key]: value })) }),
    apply: (event) => {
      event.preventDefault();
      const typed = Object.fromEntries(keys.map((key) => [key, draft[key].trim()]));
      navigate(buildPath(path, typed));
    },
    clearHref: path,
    nextHref: (cursor) => buildPath(path, { ...applied, after: cursor }),
  };
}

type ListResultsProps<Item> = {
  list: Resource<{ items: Item[]; next_cursor: string | null }>;
  filtered: boolean;
  nextHref: (cursor: string) => string;
  none: string;
  // Said instead of `none` when a filter is on.
  noneMatch?: string;
  noneId?: string;
  children: (items: Item[]) => ComponentChildren;
};

// One page of a list, and the link to the next.
export function ListResults<Item>({ list, filtered, nextHref, none, noneMatch, noneId, children }: ListResultsProps<Item>) {
  const { t } = useI18n();
  if (list.status === 'loading') return <Loading />;
  if (list.status === 'failed') return <FailureMessage error={list.error} />;
  if (list.data.items.length === 0) {
    return (
      <p class="govuk-body" id={noneId}>
        {filtered && noneMatch ? noneMatch : none}
      </p>
    );
  }
  return (
    <>
      {children(list.data.items)}
      {list.data.next_cursor ? (
        <p class="govuk-body">
          <Link class="govuk-link" href={nextHref(list.data.next_cursor)}>
            {t('common.nextPage')}
          </Link>
        </p>
      ) : null}
    </>
  );
}

type FilteredListProps<Key extends string, Item> = Omit<ListResultsProps<Item>, 'filtered' | 'nextHref'> & {
  filter: UrlFilter<Key>;
  // The filter form's name for assistive technology ("Filter organisations").
  label: string;
  fields: ComponentChildren;
};

// The filter form in a column beside the list.
export function FilteredList<Key extends string, Item>({ filter, label, fields, ...results }: FilteredListProps<Key, Item>) {
  const { t } = useI18n();
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-one-third">
        <form class="rt-filter" onSubmit={filter.apply} role="search" aria-label={label}>
          <h2 class="govuk-heading-m">{t('common.filter')}</h2>
          {fields}
          <button type="submit" class="govuk-button govuk-button--secondary">
            {t('common.applyFilter')}
          </button>
          {filter.filtered ? (
            <p class="govuk-body">
              <Link class="govuk-link" href={filter.clearHref}>
                {t('common.clearFilter')}
              </Link>
            </p>
          ) : null}
        </form>
      </div>
      <div class="govuk-grid-column-two-thirds">
        <ListResults filtered={filter.filtered} nextHref={filter.nextHref} {...results} />
      </div>
    </div>
  );
}
