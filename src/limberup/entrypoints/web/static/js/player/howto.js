/**
 * How to do the drill, one tap from the stage: a dialog with its steps, cues and cautions
 * (view.js fills them as each drill comes up). `show()` resolves once the dialog is closed.
 */

export function createHowTo() {
  const dialog = document.getElementById("howto-dialog");
  let closed = () => {};
  dialog.addEventListener("close", () => closed());

  return {
    get open() {
      return dialog.open;
    },
    show() {
      dialog.showModal();
      return new Promise((resolve) => {
        closed = resolve;
      });
    },
  };
}
