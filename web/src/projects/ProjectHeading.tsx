import type { ComponentChildren } from 'preact';
import { Title } from '../components/Title';

// The heading of one of a project's own pages, with the project's title
// over it as a caption.
export function ProjectHeading({ project, children }: { project: { title: string }; children: ComponentChildren }) {
  return (
    <>
      <span class="govuk-caption-l">
        <Title text={project.title} />
      </span>
      <h1 class="govuk-heading-l">{children}</h1>
    </>
  );
}
