import { useEffect, useState } from 'preact/hooks';

export type Resource<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'ready'; data: T; error?: undefined }
  | { status: 'failed'; data?: undefined; error: unknown };

// Loads data for a page and reloads when the dependencies change.
export function useResource<T>(load: () => Promise<T>, dependencies: unknown[]): Resource<T> {
  const [resource, setResource] = useState<Resource<T>>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    setResource({ status: 'loading' });
    load().then(
      (data) => !cancelled && setResource({ status: 'ready', data }),
      (error: unknown) => !cancelled && setResource({ status: 'failed', error }),
    );
    return () => {
      cancelled = true;
    };
    // NOTE: the caller lists what the loader depends on, as with useEffect.
  }, dependencies);
  return resource;
}
