/**
 * jsdom has <dialog> but none of its behaviour (no showModal, close or Escape). For tests only:
 * the part the SPA relies on, as the HTML standard describes it. showModal opens (and refuses a
 * disconnected dialog), close closes and fires `close`, Escape on the document fires a cancelable
 * `cancel` at the open modal dialog and closes it unless that was prevented. The page behind is not
 * made inert: tests query inside the dialog (`within(dialog)`).
 */
const modals: HTMLDialogElement[] = [];

export function installDialogPolyfill(): void {
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & { __polyfilled?: boolean };
  if (proto.__polyfilled || typeof proto.showModal === 'function') return;
  proto.__polyfilled = true;

  if (!('open' in proto)) {
    Object.defineProperty(proto, 'open', {
      get(this: HTMLDialogElement) {
        return this.hasAttribute('open');
      },
      set(this: HTMLDialogElement, value: boolean) {
        this.toggleAttribute('open', value);
      },
    });
  }
  proto.show = function show(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.showModal = function showModal(this: HTMLDialogElement) {
    if (!this.isConnected) throw new DOMException('The dialog is not in a document', 'InvalidStateError');
    if (this.hasAttribute('open')) return;
    this.setAttribute('open', '');
    modals.push(this);
  };
  proto.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    const index = modals.indexOf(this);
    if (index >= 0) modals.splice(index, 1);
    this.dispatchEvent(new Event('close'));
  };

  document.addEventListener('keydown', (event) => {
    const top = modals.filter((dialog) => dialog.isConnected).at(-1);
    if (event.key !== 'Escape' || !top) return;
    if (top.dispatchEvent(new Event('cancel', { cancelable: true }))) top.close();
  });
}
