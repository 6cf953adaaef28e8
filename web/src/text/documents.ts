// Living documents (issue 17): what the pages work out from a document's
// sections. No imports, so unit tests load it as it is.

// A run of words in a line: **two stars** around words make them strong.
export type Inline = { text: string; strong: boolean };
// A block of a section's body: a paragraph of lines (a single line break
// keeps its place), or a list of items ("- " or "* " at a line's start).
export type Block = { kind: 'paragraph'; lines: Inline[][] } | { kind: 'list'; items: Inline[][] };

function inline(line: string): Inline[] {
  const runs: Inline[] = [];
  const parts = line.split('**');
  // An odd number of parts: every ** has its pair. Otherwise the last ** is left as it is.
  const paired = parts.length % 2 === 1;
  parts.forEach((part, index) => {
    const strong = index % 2 === 1 && (paired || index < parts.length - 1);
    const text = !paired && index === parts.length - 1 && index % 2 === 1 ? `**${part}` : part;
    if (text) runs.push({ text, strong });
  });
  return runs;
}

const listItem = /^\s*[-*•]\s+(.*)$/;

// The light markdown of a section's body, as blocks the page draws with its
// own elements: nothing in the text is ever read as markup, so an <b> typed
// stays the three characters it is.
export function lightMarkdown(text: string | null | undefined): Block[] {
  const blocks: Block[] = [];
  for (const chunk of (text ?? '').split(/(?:\r\n|\r|\n)\s*(?:\r\n|\r|\n)/)) {
    const lines = chunk.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
    let paragraph: Inline[][] = [];
    let list: Inline[][] = [];
    const flush = () => {
      if (paragraph.length) blocks.push({ kind: 'paragraph', lines: paragraph });
      if (list.length) blocks.push({ kind: 'list', items: list });
      paragraph = [];
      list = [];
    };
    for (const line of lines) {
      const item = listItem.exec(line);
      if (item) {
        if (paragraph.length) flush();
        list.push(inline(item[1]));
      } else {
        if (list.length) flush();
        paragraph.push(inline(line.trim()));
      }
    }
    flush();
  }
  return blocks;
}

type Tree = { id: string; parent_id: string | null; position: number };

// How deep each section sits: 0 at the top level, 1 under one of those...
export function depthsOf(sections: readonly Tree[]): Map<string, number> {
  const parents = new Map(sections.map((section) => [section.id, section.parent_id]));
  const depths = new Map<string, number>();
  for (const section of sections) {
    let depth = 0;
    const seen = new Set<string>([section.id]);
    for (let parent = section.parent_id; parent && !seen.has(parent); parent = parents.get(parent) ?? null) {
      seen.add(parent);
      depth += 1;
    }
    depths.set(section.id, depth);
  }
  return depths;
}

// A section's heading level under the document's h1: h2 at the top, one more
// for each level down, h6 at most.
export function headingLevel(depth: number): 2 | 3 | 4 | 5 | 6 {
  return Math.min(6, 2 + Math.max(0, depth)) as 2 | 3 | 4 | 5 | 6;
}

// The sections sharing a section's parent, by position.
export function siblingsOf<T extends Tree>(sections: readonly T[], section: T): T[] {
  return sections.filter((other) => other.parent_id === section.parent_id).sort((a, b) => a.position - b.position);
}

// The ids of a section and every section beneath it: where it cannot be put.
export function selfAndBeneath(sections: readonly Tree[], id: string): Set<string> {
  const found = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const section of sections) {
      if (section.parent_id && found.has(section.parent_id) && !found.has(section.id)) {
        found.add(section.id);
        grew = true;
      }
    }
  }
  return found;
}

// A whole percentage for a share (0.5 -> 50); null stays null: "not enough data", never 0 %.
export function percentOf(share: number | null | undefined): number | null {
  return share === null || share === undefined || !Number.isFinite(share) ? null : Math.round(share * 100);
}

// How many of a section's links go to something people said (not another section).
export function saidCount(links: readonly { source_kind: string }[]): number {
  return links.filter((link) => link.source_kind !== 'section').length;
}

// The runs of a difference joined back into words for one side: 'before' leaves out the added words, 'after' the removed.
export function sideOf(runs: readonly { change: string; text: string }[], side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'added' : 'removed';
  return runs.filter((run) => run.change !== skip).map((run) => run.text).join(' ');
}

// A section is translated as its heading, a blank line, then its body (as the
// server publishes it); the translation splits back at the first blank line,
// or else after its first line.
export function splitWording(wording: string): { heading: string; body: string } {
  const text = wording.trim();
  const blank = /\r?\n[ \t\r]*\n/.exec(text);
  if (blank) return { heading: text.slice(0, blank.index).trim(), body: text.slice(blank.index + blank[0].length).trim() };
  const lineEnd = text.indexOf('\n');
  if (lineEnd < 0) return { heading: text, body: '' };
  return { heading: text.slice(0, lineEnd).trim(), body: text.slice(lineEnd + 1).trim() };
}

// What a link's source is called in a list of links: what someone said in
// their words; a survey question with its survey; anything else by its title.
export function sourceLabel(kind: string, source: { title: string; text: string }): string {
  if (kind === 'contribution') return source.text;
  if (kind === 'survey_question') return source.text ? `${source.title}: ${source.text}` : source.title;
  return source.title;
}
