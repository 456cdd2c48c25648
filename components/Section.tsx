import type { ComponentChildren } from 'preact';

/** A labelled region of the popup; its heading names it for screen readers. */
export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="panel" aria-labelledby={`${id}-heading`} data-testid={`section-${id}`}>
      <h2 id={`${id}-heading`} class="panel-title">{title}</h2>
      {children}
    </section>
  );
}
