// A title or name that someone typed (a project's or activity's title, a
// person's or organisation's name) is shown in its own direction, isolated
// from the page around it: an English "Tea and talk?" on an Arabic page keeps
// its question mark at its end, and an Arabic name in an English sentence
// does not pull the words after it round. <bdi> works the direction out from
// the text itself (dir="auto"), so every such text goes through here.
export function Title({ text }: { text: string }) {
  return <bdi>{text}</bdi>;
}
