// A project's own list of one kind of thing (its activities, proposals,
// surveys): the project and the list loaded together, the project's
// breadcrumbs, a "saved" message carried from the page before, the project's
// title over the heading, what an organiser may start, the list or the words
// for none, and the way back to the project.

import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { fetchProject } from '../api/projects';
import type { Project } from '../api/types';
import { takeFlash } from '../components/flash';
import { NotificationBanner } from '../components/NotificationBanner';
import { useResource } from '../components/useResource';
import type { MessageKey } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n';
import { BackToProject } from './BackToProject';
import { ProjectBreadcrumbs } from './ProjectBreadcrumbs';
import { ProjectHeading } from './ProjectHeading';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

async function load<Item>(projectId: string, list: (projectId: string) => Promise<{ items: Item[] }>) {
  const [project, items] = await Promise.all([fetchProject(projectId), list(projectId)]);
  return { project, items: items.items };
}

type Props<Item> = {
  projectId: string;
  list: (projectId: string) => Promise<{ items: Item[] }>;
  // The page's title ("Activities: {title}"), heading, introduction and the words for an empty list.
  texts: { title: MessageKey; heading: MessageKey; intro: MessageKey; none: MessageKey };
  breadcrumbs?: (project: Project) => ComponentChildren;
  // The button to start a new one, for those who may.
  start: (project: Project, items: Item[]) => ComponentChildren;
  children: (items: Item[]) => ComponentChildren;
};

export function ProjectItemsPage<Item>({ projectId, list, texts, breadcrumbs, start, children }: Props<Item>) {
  const { t } = useI18n();
  const [flash] = useState(takeFlash);
  const loaded = useResource(() => load(projectId, list), [projectId]);
  const data = loaded.data;
  useLoadingPageTitle(loaded, data && t(texts.title, { title: data.project.title }));
  if (!data) return <NotLoaded resource={loaded} />;
  const { project, items } = data;
  return (
    <>
      {breadcrumbs ? breadcrumbs(project) : <ProjectBreadcrumbs project={project} />}
      {flash ? <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} /> : null}
      <ProjectHeading project={project}>{t(texts.heading)}</ProjectHeading>
      <p class="govuk-body">{t(texts.intro)}</p>
      {start(project, items)}
      {items.length === 0 ? <p class="govuk-body">{t(texts.none)}</p> : children(items)}
      <BackToProject project={project} />
    </>
  );
}
