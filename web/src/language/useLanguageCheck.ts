// Checks a text with the server while someone writes: about 600 ms after they
// stop typing, never more than one request at a time, and an answer for text
// that has changed since is not shown. An Easy Read text is checked against
// the stricter Easy Read target (sentences of 15 words or fewer, Reading Ease 70).

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { checkLanguage } from '../api/language';
import type { CheckResult } from '../api/language';

export const checkDelay = 600;

export type LanguageCheckState = {
  // The latest answer, and the text (and language) it was for.
  result: CheckResult | null;
  checkedText: string;
  checking: boolean;
  failed: boolean;
};

export type LanguageCheck = LanguageCheckState & {
  text: string;
  locale: string;
  // True when the answer shown is for the text as it is now.
  current: boolean;
  // Check now (after a replacement, say) instead of waiting.
  checkNow: () => void;
  // The answer for the text as it is now, checking it first if need be; null
  // when there is nothing to check or the check failed.
  ensure: () => Promise<CheckResult | null>;
};

type Done = { key: string; text: string; result: CheckResult | null; failed: boolean };

const keyOf = (locale: string, text: string) => `${locale}\u0000${text}`;

export type LanguageCheckOptions = { easyRead?: boolean };

export function useLanguageCheck(text: string, locale: string, options: LanguageCheckOptions = {}): LanguageCheck {
  const easyRead = useRef(options.easyRead ?? false);
  easyRead.current = options.easyRead ?? false;
  const [state, setState] = useState<LanguageCheckState>({ result: null, checkedText: '', checking: false, failed: false });
  const latest = useRef({ text, locale });
  latest.current = { text, locale };
  const requested = useRef<{ text: string; locale: string } | null>(null);
  const done = useRef<Done>({ key: keyOf(locale, ''), text: '', result: null, failed: false });
  const running = useRef<Promise<void> | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const mounted = useRef(true);

  const publish = useCallback((checking: boolean) => {
    if (!mounted.current) return;
    const now = latest.current;
    const answer = done.current;
    // An answer for other words than those in the box now is left out.
    if (answer.key === keyOf(now.locale, now.text)) {
      setState({ result: answer.result, checkedText: answer.text, checking, failed: answer.failed });
    } else {
      setState((previous) => ({ ...previous, checking }));
    }
  }, []);

  const pump = useCallback((): Promise<void> => {
    if (running.current) return running.current;
    const loop = (async () => {
      for (;;) {
        const wanted = requested.current;
        if (!wanted) return;
        const key = keyOf(wanted.locale, wanted.text);
        if (key === done.current.key) return;
        if (!wanted.text.trim()) {
          done.current = { key, text: wanted.text, result: null, failed: false };
          publish(false);
          continue;
        }
        publish(true);
        try {
          const result = await checkLanguage({ text: wanted.text, locale: wanted.locale, ...(easyRead.current ? { easy_read: true } : {}) });
          done.current = { key, text: wanted.text, result, failed: false };
        } catch {
          done.current = { key, text: wanted.text, result: null, failed: true };
        }
        publish(false);
      }
    })().finally(() => {
      running.current = null;
    });
    running.current = loop;
    return loop;
  }, [publish]);

  const checkNow = useCallback(() => {
    window.clearTimeout(timer.current);
    requested.current = { ...latest.current };
    void pump();
  }, [pump]);

  const ensure = useCallback(async () => {
    window.clearTimeout(timer.current);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      requested.current = { ...latest.current };
      await pump();
      const now = latest.current;
      if (done.current.key === keyOf(now.locale, now.text)) return done.current.result;
    }
    return null;
  }, [pump]);

  useEffect(() => {
    window.clearTimeout(timer.current);
    if (keyOf(locale, text) === done.current.key) {
      publish(!!running.current);
      return;
    }
    timer.current = window.setTimeout(() => {
      requested.current = { ...latest.current };
      void pump();
    }, checkDelay);
    return () => window.clearTimeout(timer.current);
  }, [text, locale, pump, publish]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      window.clearTimeout(timer.current);
    };
  }, []);

  const current = state.checkedText === text && done.current.key === keyOf(locale, text);
  return { ...state, text, locale, current, checkNow, ensure };
}
