export function TagList({ tags, describe }: { tags: string[]; describe?: (tag: string) => string }) {
  if (tags.length === 0) return null;
  return (
    <ul class="govuk-list rt-tag-list">
      {tags.map((tag) => (
        <li key={tag}>
          <strong class="govuk-tag govuk-tag--grey">{describe ? describe(tag) : tag}</strong>
        </li>
      ))}
    </ul>
  );
}
