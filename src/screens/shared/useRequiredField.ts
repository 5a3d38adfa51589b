import { useEffect, useRef, useState, type ChangeEvent, type RefObject } from 'react';

/** What a required TextField needs: its value, its message when refused, and a way to focus it. */
export interface RequiredField {
  value: string;
  setValue: (value: string) => void;
  /** Shown under the field while the value is refused. */
  error: string | null;
  /** Spread onto the TextField. */
  props: {
    value: string;
    onChange: (e: ChangeEvent<HTMLInputElement>) => void;
    error: string | null;
    ref: RefObject<HTMLInputElement | null>;
  };
  /**
   * Shows the field's message, or `message` when given; with `focus`, moves focus to the field once
   * the message is on screen.
   */
  refuse: (focus: boolean, message?: string) => void;
}

/**
 * Blank means nothing but white space: String.prototype.trim also strips no-break and
 * ideographic spaces, so those are refused too.
 */
const isBlank = (value: string) => value.trim() === '';

/** A required text field's state. `message` says what to type, e.g. "Enter your password.". */
export function useRequiredField(message: string, initial = ''): RequiredField {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const ref = useRef<HTMLInputElement | null>(null);

  // Focus after the render that ties the message to the field, so a screen reader reads it.
  useEffect(() => {
    if (focusRequest > 0) ref.current?.focus();
  }, [focusRequest]);

  const refuse = (focus: boolean, why = message) => {
    setError(why);
    if (focus) setFocusRequest((n) => n + 1);
  };
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    setValue(e.currentTarget.value);
    setError(null);
  };
  const set = (next: string) => {
    setValue(next);
    setError(null);
  };
  return { value, setValue: set, error, props: { value, onChange, error, ref }, refuse };
}

/**
 * Refuses every blank field (each shows its message) and focuses the first of them, so nothing
 * is sent to the cloud. True when none is blank.
 */
export function checkRequired(...fields: RequiredField[]): boolean {
  const blank = fields.filter((f) => isBlank(f.value));
  blank.forEach((f, i) => f.refuse(i === 0));
  return blank.length === 0;
}
