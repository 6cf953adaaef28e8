import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

// The one table of the app: a govuk-table that, on a small screen, shows each
// row as a card of "label: value" lines with the row's actions inside it (the
// stacked-rows pattern for tables on small screens), so nothing scrolls
// sideways at 390px. Every table in web/src goes through this component; a
// unit test (tests/unit/tables.test.mjs) keeps it that way.
//
// Each body cell gets a data-label with its column's heading, which the
// stylesheet (.rt-table in _layout.scss) shows before the value on a small
// screen. The labels are worked out from the header row after every change
// to the table (rows added, a language switched), so pages write ordinary
// table markup and never repeat the headings.

// The visible words of a column heading: a heading that is only there for
// screen readers ("Actions", visually hidden) gives no label.
function visibleText(cell: Element): string {
  const copy = cell.cloneNode(true) as Element;
  for (const hidden of Array.from(copy.querySelectorAll('.govuk-visually-hidden'))) hidden.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function columnLabels(table: HTMLTableElement): string[] {
  const labels: string[] = [];
  const header = table.tHead?.rows[table.tHead.rows.length - 1];
  if (!header) return labels;
  for (const cell of Array.from(header.cells)) {
    const text = visibleText(cell);
    for (let span = 0; span < Math.max(1, cell.colSpan); span += 1) labels.push(text);
  }
  return labels;
}

function labelCells(table: HTMLTableElement): void {
  const labels = columnLabels(table);
  for (const body of [...Array.from(table.tBodies), ...(table.tFoot ? [table.tFoot] : [])]) {
    for (const row of Array.from(body.rows)) {
      let column = 0;
      for (const cell of Array.from(row.cells)) {
        const label = labels[column] ?? '';
        // A row heading (th scope="row") heads the card: no label of its own.
        const wanted = cell.tagName === 'TH' ? '' : label;
        if (wanted) {
          if (cell.getAttribute('data-label') !== wanted) cell.setAttribute('data-label', wanted);
        } else if (cell.hasAttribute('data-label')) {
          cell.removeAttribute('data-label');
        }
        column += Math.max(1, cell.colSpan);
      }
    }
  }
}

type TableProps = {
  id?: string;
  // Extra classes after govuk-table, such as "rt-glossary".
  class?: string;
  // Attributes some pages and tests read (data-language on a language's table).
  'data-language'?: string;
  // Few and short columns (a name and a count): kept as a table on a phone,
  // where repeating each heading on a card would only make it longer.
  narrow?: boolean;
  children: ComponentChildren;
};

export function Table({ id, class: extra, narrow, children, ...rest }: TableProps) {
  const ref = useRef<HTMLTableElement>(null);
  useLayoutEffect(() => {
    const table = ref.current;
    if (!table) return;
    labelCells(table);
    // Rows drawn later by child components, and headings translated when the
    // language changes, are labelled as they appear. Setting an attribute is
    // not a change this observer watches, so it never wakes itself.
    const observer = new MutationObserver(() => labelCells(table));
    observer.observe(table, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);
  return (
    <table ref={ref} id={id} class={`govuk-table rt-table${narrow ? ' rt-table--narrow' : ''}${extra ? ` ${extra}` : ''}`} {...rest}>
      {children}
    </table>
  );
}

// A column heading: its words, or the words with how the column reads: a
// column of numbers is right-aligned, and a heading only screen readers need
// ("Actions", over a column of links) is hidden from sight. A column only
// some readers see (an organiser's "Action") is null for the others.
export type Column = string | { text: string; numeric?: boolean; hidden?: boolean } | null;

// The header row of a table: one govuk-table__header a column.
export function TableHead({ columns }: { columns: Column[] }) {
  return (
    <thead class="govuk-table__head">
      <tr class="govuk-table__row">
        {columns.map((column, index) => {
          if (column === null) return null;
          const { text, numeric, hidden } = typeof column === 'string' ? { text: column } : column;
          return (
            <th scope="col" class={numeric ? 'govuk-table__header govuk-table__header--numeric' : 'govuk-table__header'} key={index}>
              {hidden ? <span class="govuk-visually-hidden">{text}</span> : text}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
