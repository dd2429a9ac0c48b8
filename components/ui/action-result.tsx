'use client';
// The outcome of an action, kept on screen in words: what happened, or the server's message and its fix.
import { Notice } from './notice';
import { WithCode } from './with-code';

export interface Outcome {
  tone: 'success' | 'error';
  title?: string;
  text: string;
  fix?: string;
}

export function ActionResult({ outcome, fixLabel }: { outcome: Outcome; fixLabel: string }) {
  return (
    <div data-testid="action-result">
      <Notice tone={outcome.tone} title={outcome.title}>
        <p>{outcome.text}</p>
        {outcome.fix && <p className="mt-1"><span className="font-medium">{fixLabel}:</span> <WithCode text={outcome.fix} /></p>}
      </Notice>
    </div>
  );
}

