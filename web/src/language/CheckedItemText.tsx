import { useEffect } from 'preact/hooks';
import { TextInput } from '../components/Fields';
import { useI18n } from '../i18n/i18n';
import { PlainLanguageCheck } from './PlainLanguageCheck';
import { useLanguageCheck } from './useLanguageCheck';
import type { LanguageCheck } from './useLanguageCheck';

type Props = {
  // The item's place in the form's list, which keys its check in `checks`.
  index: number;
  id: string;
  name: string;
  label: string;
  text: string;
  onText: (text: string) => void;
  errors: string[];
  checks: Map<number, LanguageCheck>;
};

// The words of one item of a list a form repeats (a minutes action, a survey
// question) with their own plain language check, which it hands to the form
// in `checks` for the check at submit.
export function CheckedItemText({ index, id, name, label, text, onText, errors, checks }: Props) {
  const { language } = useI18n();
  const check = useLanguageCheck(text, language);
  checks.set(index, check);
  useEffect(() => () => {
    checks.delete(index);
  }, [checks, index]);
  return (
    <>
      <TextInput id={id} name={name} label={label} value={text} onValue={onText} dir="auto" errors={errors} />
      <PlainLanguageCheck check={check} fieldId={id} onText={onText} />
    </>
  );
}
