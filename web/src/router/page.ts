// What every page receives from the router: the route's named parts
// (":id" as parameters.id). Pages import this, never app.tsx, which imports
// every page: no page is part of an import cycle (issue 16, item 5).
export type PageProps = { parameters: Record<string, string> };
