import { newIssueUrl, problemReport, type Repository } from '../../lib/config/repository';

/**
 * Adds the reader's selected text to the "Report a problem" link. The selection is remembered
 * as it changes, because clicking the link can clear it before the click arrives. Nothing
 * leaves the page: the link only gets a longer address, which the reader then opens.
 */
class ReportProblemElement extends HTMLElement {
  #selection = '';
  #onSelection = () => {
    const selected = document.getSelection()?.toString() ?? '';
    if (selected.trim()) this.#selection = selected;
  };

  connectedCallback() {
    document.addEventListener('selectionchange', this.#onSelection);
    const link = this.querySelector('a');
    if (!link) return;
    const update = () => {
      const repository = JSON.parse(this.dataset.repo ?? '{}') as Repository;
      const report = problemReport(
        // The address the reader is on, without the part after # (it can carry their answers).
        { title: this.dataset.title ?? '', url: location.href.split('#')[0]! },
        this.#selection,
      );
      link.href = newIssueUrl(repository, report.title, report.body);
    };
    // Before the link is followed, by mouse, touch or keyboard.
    link.addEventListener('pointerdown', update);
    link.addEventListener('focus', update);
    link.addEventListener('click', update);
  }

  disconnectedCallback() {
    document.removeEventListener('selectionchange', this.#onSelection);
  }
}

customElements.define('report-problem', ReportProblemElement);
