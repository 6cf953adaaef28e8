import { useEffect, useState } from 'preact/hooks';

export type Resource<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'ready'; data: T; error?: undefined }
  | { status: 'failed'; data?: undefined; error: unknown };

type Loaded<T> = { for: unknown[]; resource: Resource<T> };

function sameDependencies(a: unknown[], b: unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

// Loads data for a page and reloads when the dependencies change.
//
// The data is remembered with the dependencies it was loaded for, and data
// for other dependencies is never returned: between a change (a new address,
// a version bumped after saving) and the effect that starts the reload, the
// page shows "loading" rather than one frame of the old data beside the new
// state, which people (and tests) could otherwise read as current.
export function useResource<T>(load: () => Promise<T>, dependencies: unknown[]): Resource<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ for: dependencies, resource: { status: 'loading' } });
  useEffect(() => {
    let cancelled = false;
    const current = dependencies;
    setLoaded({ for: current, resource: { status: 'loading' } });
    load().then(
      (data) => !cancelled && setLoaded({ for: current, resource: { status: 'ready', data } }),
      (error: unknown) => !cancelled && setLoaded({ for: current, resource: { status: 'failed', error } }),
    );
    return () => {
      cancelled = true;
    };
    // NOTE: the caller lists what the loader depends on, as with useEffect.
  }, dependencies);
  return sameDependencies(loaded.for, dependencies) ? loaded.resource : { status: 'loading' };
}
