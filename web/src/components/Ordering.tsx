// Putting things in order with "Up" and "Down" buttons, for a ranked vote, a
// ranking question in a survey and a group's order of needs. Each item's
// buttons are named for it ("Move Bus fares up"); after a move, focus stays
// on the button pressed, or goes to the other one when the item has reached
// an end, and the new place is said aloud.

import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';
import { moveItem } from '../text/ordering';

type Direction = 'up' | 'down';

type OrderingListProps = {
  id: string;
  label?: string;
  items: string[];
  // The words shown for an item.
  textOf: (item: string) => string;
  // The id of an item's "Up" or "Down" button.
  buttonId: (direction: Direction, index: number, item: string) => string;
  onMove: (index: number, delta: number) => void;
};

export function OrderingList({ id, label, items, textOf, buttonId, onMove }: OrderingListProps) {
  const { t } = useI18n();
  return (
    <ol class="rt-ordering" id={id} tabIndex={-1} aria-label={label}>
      {items.map((item, index) => (
        <li class="rt-ordering__item" key={item}>
          <span class="rt-ordering__place">{index + 1}</span>
          <span class="rt-ordering__text" dir="auto">
            {textOf(item)}
          </span>
          <span class="rt-ordering__buttons">
            <button
              type="button"
              id={buttonId('up', index, item)}
              class="govuk-button govuk-button--secondary rt-ordering__button"
              disabled={index === 0}
              aria-label={t('ranking.moveUp', { title: textOf(item) })}
              onClick={() => onMove(index, -1)}
            >
              {t('ranking.up')}
            </button>
            <button
              type="button"
              id={buttonId('down', index, item)}
              class="govuk-button govuk-button--secondary rt-ordering__button"
              disabled={index === items.length - 1}
              aria-label={t('ranking.moveDown', { title: textOf(item) })}
              onClick={() => onMove(index, 1)}
            >
              {t('ranking.down')}
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}

// Moves an item, and keeps focus and the spoken announcement with it.
// `buttonId` names the buttons as the list does.
export function useOrdering(
  items: string[],
  onItems: (next: string[]) => void,
  textOf: (item: string) => string,
  buttonId: (direction: Direction, index: number, item: string) => string,
) {
  const { t } = useI18n();
  const focusAfter = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (!focusAfter.current) return;
    const button = document.getElementById(focusAfter.current) as HTMLButtonElement | null;
    focusAfter.current = null;
    button?.focus();
  }, [items]);
  const move = (index: number, delta: number) => {
    const next = moveItem(items, index, delta);
    const item = items[index];
    const place = index + delta;
    const atEnd = place === 0 || place === next.length - 1;
    const direction = delta < 0 ? 'up' : 'down';
    focusAfter.current = buttonId(atEnd ? (direction === 'up' ? 'down' : 'up') : direction, place, item);
    setAnnouncement(t('ranking.moved', { title: textOf(item), place: place + 1, count: next.length }));
    onItems(next);
  };
  return { move, announcement };
}

type RankingFieldProps = {
  id: string;
  label: string;
  hint: string;
  items: string[];
  textOf: (item: string) => string;
  onItems: (next: string[]) => void;
  errors: string[];
};

// A question answered by putting its options in order: the legend, hint and
// errors over the list.
export function RankingField({ id, label, hint, items, textOf, onItems, errors }: RankingFieldProps) {
  const { t } = useI18n();
  const buttonId = (direction: Direction, index: number) => `${id}-${direction}-${index}`;
  const { move, announcement } = useOrdering(items, onItems, textOf, buttonId);
  return (
    <div class={errors.length ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <fieldset class="govuk-fieldset" aria-describedby={`${id}-hint`}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        <div class="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
        {errors.map((message) => (
          <p class="govuk-error-message" key={message}>
            <span class="govuk-visually-hidden">{t('errorSummary.prefix')}</span> {message}
          </p>
        ))}
        <OrderingList id={id} items={items} textOf={textOf} buttonId={buttonId} onMove={move} />
        <p class="govuk-visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </fieldset>
    </div>
  );
}
