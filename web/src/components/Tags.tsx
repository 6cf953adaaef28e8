// Tags (interests and communities) shown by their names in the
// reader's language (issue 13, item 6): the partnership's own label, the
// label shipped with the app, the partnership's English label, then the tag
// made readable ("older-people" -> "Older people"). Never the bare slug.

import { useEffect, useState } from 'preact/hooks';
import { listTags } from '../api/tags';
import type { TagInUse } from '../api/tags';
import type { MessageKey } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n';
import { tagLabel } from '../text/tagNames';

let loading: Promise<Map<string, TagInUse>> | null = null;

// The partnership's tags, asked for once; forgotten when labels change.
export function forgetTagLabels() {
  loading = null;
}

function loadTags(): Promise<Map<string, TagInUse>> {
  if (!loading) {
    loading = listTags().then((answer) => new Map(answer.items.map((item) => [item.tag, item])));
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

export function usePartnershipTags(): Map<string, TagInUse> | null {
  const [tags, setTags] = useState<Map<string, TagInUse> | null>(null);
  useEffect(() => {
    let current = true;
    loadTags()
      .then((found) => current && setTags(found))
      .catch(() => current && setTags(new Map()));
    return () => {
      current = false;
    };
  }, []);
  return tags;
}

// A function naming a tag for this page.
export function useTagName(): (tag: string) => string {
  const { t, language } = useI18n();
  const tags = usePartnershipTags();
  return (tag: string) => {
    const shippedKey = `tag.${tag}` as MessageKey;
    const shipped = t(shippedKey) !== shippedKey ? t(shippedKey) : null;
    return tagLabel(tag, language, { partnership: tags?.get(tag)?.labels, shipped }).text;
  };
}

// Tags as a list in a sentence ("Older people and Loneliness"), or `none`.
export function TagNames({ tags, none }: { tags: string[]; none?: string }) {
  const { formatList } = useI18n();
  const name = useTagName();
  if (tags.length === 0) return <>{none ?? ''}</>;
  return <bdi>{formatList(tags.map(name))}</bdi>;
}

export function TagList({ tags, describe }: { tags: string[]; describe?: (tag: string) => string }) {
  const name = useTagName();
  if (tags.length === 0) return null;
  return (
    <ul class="govuk-list rt-tag-list">
      {tags.map((tag) => (
        <li key={tag}>
          <strong class="govuk-tag govuk-tag--grey">{describe ? describe(tag) : name(tag)}</strong>
        </li>
      ))}
    </ul>
  );
}
